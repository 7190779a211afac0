/*
 * test_news_roles.c — the analyser on news English, by the properties the
 * coder needs (tests/lang/roles.h): for each sentence, a verb with the
 * head of its subject and of its object, or a span that must be one
 * phrase. Every sentence was written for these tests in the styles of
 * wire copy, headlines, quotes and analysis (none comes from the
 * validation suite or the gold sets); they guard against the kinds of
 * error of docs/example.md ("Held-out stories: first run", kind 3): a
 * subject read as one noun phrase with its verb, lists and appositives of
 * leaders split, "X of Y" names cut before "of", passives, reported
 * speech and subordinate clauses read wrongly.
 */
#include "testutil.h"

#include "roles.h"

/*
 * Adjective + plural noun, nationality + noun, titles and names before the
 * verb: the subject ends where the verb begins ("Democratic lawmakers
 * accused", "Western officials fear", "Chinese warships sailed"), wherever
 * the clause stands.
 */
static void subjects_before_verbs(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"Democratic lawmakers accused Trump of abusing his power.",
         "accused", "Democratic lawmakers", "Trump"},
        {"Democratic lawmakers accused Trump of abusing his power.",
         "abusing", "", "his power"},
        {"Western officials said the talks had stalled.",
         "said", "Western officials", ""},
        {"Western officials said the talks had stalled.",
         "stalled", "the talks", ""},
        {"Chinese warships sailed through the Taiwan Strait on Sunday.",
         "sailed", "Chinese warships", ""},
        {"Russian forces shelled the city overnight.",
         "shelled", "Russian forces", "the city"},
        {"Iranian state media reported the arrest of two foreigners.",
         "reported", "Iranian state media", "the arrest"},
        {"Israeli jets struck targets in southern Lebanon.",
         "struck", "Israeli jets", "targets"},
        {"Senior Republican senators warned the White House against a shutdown.",
         "warned", "Senior Republican senators", "the White House"},
        {"Palestinian militants fired rockets into Israel.",
         "fired", "Palestinian militants", "rockets"},
        {"Turkish troops crossed the border into northern Syria.",
         "crossed", "Turkish troops", "the border"},
        {"Ukrainian officials accused Moscow of war crimes.",
         "accused", "Ukrainian officials", "Moscow"},
        {"Pakistani police arrested dozens of opposition supporters.",
         "arrested", "Pakistani police", "dozens"},
        {"Venezuelan opposition leaders called for fresh protests.",
         "called", "Venezuelan opposition leaders", ""},
        {"North Korean hackers stole millions of dollars from banks.",
         "stole", "North Korean hackers", "millions"},
        {"Armed men attacked a police station in the north.",
         "attacked", "Armed men", "a police station"},
        {"Angry protesters stormed the parliament building.",
         "stormed", "Angry protesters", "the parliament building"},
        {"Foreign ministers met in Brussels to discuss sanctions.",
         "met", "Foreign ministers", ""},
        {"Foreign ministers met in Brussels to discuss sanctions.",
         "discuss", "", "sanctions"},
        {"Local residents said the soldiers fired into the crowd.",
         "said", "Local residents", ""},
        {"Local residents said the soldiers fired into the crowd.",
         "fired", "the soldiers", ""},
        {"Rival factions clashed in the capital.",
         "clashed", "Rival factions", ""},
        {"Saudi officials denied any role in the killing.",
         "denied", "Saudi officials", "any role"},
        {"European leaders welcomed the ceasefire.",
         "welcomed", "European leaders", "the ceasefire"},
        {"French troops withdrew from Mali last year.",
         "withdrew", "French troops", ""},
        {"Japanese fishing boats were seized by Russian coast guards.",
         "seized", "Japanese fishing boats", ""},
        {"Separatist rebels killed three soldiers in an ambush.",
         "killed", "Separatist rebels", "three soldiers"},
        {"American diplomats met Taliban representatives in Doha.",
         "met", "American diplomats", "Taliban representatives"},
        {"Democratic lawmakers accused Trump of taking credit for a deal negotiated by his "
         "predecessor.",
         "accused", "Democratic lawmakers", "Trump"},
        {"Democratic lawmakers accused Trump of taking credit for a deal negotiated by his "
         "predecessor.",
         "taking", "", "credit"},
        {"House Democratic lawmakers accused the administration of ignoring the warnings.",
         "accused", "House Democratic lawmakers", "the administration"},
        {"House Democratic lawmakers accused the administration of ignoring the warnings.",
         "ignoring", "", "the warnings"},
        {"On Tuesday, Democratic lawmakers accused Trump of abusing his power.",
         "accused", "Democratic lawmakers", "Trump"},
        {"On Tuesday, Democratic lawmakers accused Trump of abusing his power.",
         "abusing", "", "his power"},
        {"Republican senators criticised the plan, while Democratic lawmakers accused "
         "Trump of lying.",
         "criticised", "Republican senators", "the plan"},
        {"Republican senators criticised the plan, while Democratic lawmakers accused "
         "Trump of lying.",
         "accused", "Democratic lawmakers", "Trump"},
        {"In Washington, Democratic lawmakers accused the White House of stonewalling.",
         "accused", "Democratic lawmakers", "the White House"},
        {"But Democratic lawmakers accused Trump of undermining NATO.",
         "accused", "Democratic lawmakers", "Trump"},
        {"But Democratic lawmakers accused Trump of undermining NATO.",
         "undermining", "", "NATO"},
        {"Democratic lawmakers on Tuesday accused Trump of obstruction.",
         "accused", "Democratic lawmakers", "Trump"},
        {"Some Democratic lawmakers accused Trump of treason.",
         "accused", "Some Democratic lawmakers", "Trump"},
        {"Senior Democratic lawmakers accused Trump of obstructing justice and called for "
         "his impeachment.",
         "accused", "Senior Democratic lawmakers", "Trump"},
        {"Senior Democratic lawmakers accused Trump of obstructing justice and called for "
         "his impeachment.",
         "obstructing", "", "justice"},
        {"Senior Democratic lawmakers accused Trump of obstructing justice and called for "
         "his impeachment.",
         "called", "Senior Democratic lawmakers", ""},
        {"Trump's critics accused him of cozying up to Putin.",
         "accused", "Trump 's critics", "him"},
        {"European diplomats warned Iran against enriching uranium.",
         "warned", "European diplomats", "Iran"},
        {"European diplomats warned Iran against enriching uranium.",
         "enriching", "", "uranium"},
        {"Kurdish fighters captured the town after heavy fighting.",
         "captured", "Kurdish fighters", "the town"},
        {"Filipino fishermen accused Chinese vessels of blocking them.",
         "accused", "Filipino fishermen", "Chinese vessels"},
        {"Filipino fishermen accused Chinese vessels of blocking them.",
         "blocking", "", "them"},
        {"Afghan refugees fled across the border.",
         "fled", "Afghan refugees", ""},
        {"Libyan militias clashed in Tripoli overnight.",
         "clashed", "Libyan militias", ""},
        {"Somali troops recaptured the port from al-Shabaab.",
         "recaptured", "Somali troops", "the port"},
        {"Syrian government forces shelled rebel-held areas.",
         "shelled", "Syrian government forces", "rebel-held areas"},
        {"Yemeni rebels seized a cargo ship in the Red Sea.",
         "seized", "Yemeni rebels", "a cargo ship"},
        {"Congolese soldiers repelled an attack by M23 rebels.",
         "repelled", "Congolese soldiers", "an attack"},
        {"Ethiopian troops entered Tigray's capital on Saturday.",
         "entered", "Ethiopian troops", "Tigray 's capital"},
        {"Rwandan-backed rebels captured the city of Goma.",
         "captured", "Rwandan-backed rebels", "the city"},
        {"Haitian gangs attacked a prison in Port-au-Prince.",
         "attacked", "Haitian gangs", "a prison"},
        {"Sudanese paramilitary forces besieged the city of El Fasher.",
         "besieged", "Sudanese paramilitary forces", "the city"},
        {"Serbian protesters blocked a bridge in Novi Sad.",
         "blocked", "Serbian protesters", "a bridge"},
        {"Hong Kong police arrested seven pro-democracy figures.",
         "arrested", "Hong Kong police", "seven pro-democracy figures"},
        {"Thai protesters defied a ban on gatherings.",
         "defied", "Thai protesters", "a ban"},
        {"Armenian officials accused Azerbaijan of ethnic cleansing.",
         "accused", "Armenian officials", "Azerbaijan"},
        {"Israeli officials said the strike targeted a Hezbollah commander.",
         "said", "Israeli officials", ""},
        {"Israeli officials said the strike targeted a Hezbollah commander.",
         "targeted", "the strike", "a Hezbollah commander"},
        {"Palestinian officials said 12 people were killed in the raid.",
         "said", "Palestinian officials", ""},
        {"Palestinian officials said 12 people were killed in the raid.",
         "killed", "12 people", ""},
        {"Russian state media reported that the drone was shot down.",
         "reported", "Russian state media", ""},
        {"Russian state media reported that the drone was shot down.",
         "shot", "the drone", ""},
        {"Iranian hackers targeted US water utilities, officials said.",
         "targeted", "Iranian hackers", "US water utilities"},
        {"Iranian hackers targeted US water utilities, officials said.",
         "said", "officials", ""},
        {"Chinese officials rejected the accusations as baseless.",
         "rejected", "Chinese officials", "the accusations"},
        {"North Korean state media said Kim supervised the test.",
         "said", "North Korean state media", ""},
        {"North Korean state media said Kim supervised the test.",
         "supervised", "Kim", "the test"},
        {"Ukrainian drones struck an oil refinery in southern Russia.",
         "struck", "Ukrainian drones", "an oil refinery"},
        {"Indian troops killed three militants in Kashmir.",
         "killed", "Indian troops", "three militants"},
        {"Pakistani authorities banned the party.",
         "banned", "Pakistani authorities", "the party"},
        {"Nigerian police fired tear gas at protesters in Lagos.",
         "fired", "Nigerian police", "tear gas"},
        {"Kenyan lawmakers passed the finance bill despite protests.",
         "passed", "Kenyan lawmakers", "the finance bill"},
        {"Turkish warplanes bombed Kurdish targets in northern Iraq.",
         "bombed", "Turkish warplanes", "Kurdish targets"},
        {"German prosecutors charged three men with spying for China.",
         "charged", "German prosecutors", "three men"},
        {"French prosecutors opened an investigation into the attack.",
         "opened", "French prosecutors", "an investigation"},
        {"Brazilian police arrested a former president's aides.",
         "arrested", "Brazilian police", "a former president 's aides"},
        {"Mexican marines captured a drug cartel leader.",
         "captured", "Mexican marines", "a drug cartel leader"},
        {"Colombian guerrillas freed two hostages.",
         "freed", "Colombian guerrillas", "two hostages"},
        {"Venezuelan security forces detained an opposition leader.",
         "detained", "Venezuelan security forces", "an opposition leader"},
        {"Cuban authorities released dozens of prisoners.",
         "released", "Cuban authorities", "dozens"},
        {"The Democratic Party accused the government of fraud.",
         "accused", "The Democratic Party", "the government"},
        {"Democrats accused Republicans of blocking the bill.",
         "accused", "Democrats", "Republicans"},
        {"Democrats accused Republicans of blocking the bill.",
         "blocking", "", "the bill"},
        {"Republican lawmakers blocked the aid package.",
         "blocked", "Republican lawmakers", "the aid package"},
        {"Western officials fear the conflict could spread.",
         "fear", "Western officials", ""},
        {"Western officials fear the conflict could spread.",
         "spread", "the conflict", ""},
        {"Arab foreign ministers met in Cairo to discuss the crisis.",
         "met", "Arab foreign ministers", ""},
        {"Arab foreign ministers met in Cairo to discuss the crisis.",
         "discuss", "", "the crisis"},
        {"Gulf states condemned the attack on the tanker.",
         "condemned", "Gulf states", "the attack"},
        {"Baltic states expelled Russian diplomats.",
         "expelled", "Baltic states", "Russian diplomats"},
        {"Nordic countries pledged more aid to Ukraine.",
         "pledged", "Nordic countries", "more aid"},
        {"African leaders called for an immediate ceasefire.",
         "called", "African leaders", ""},
        {"Asian markets fell sharply on Monday.",
         "fell", "Asian markets", ""},
        {"Opposition parties boycotted the vote.",
         "boycotted", "Opposition parties", "the vote"},
        {"Rebel fighters seized the airport.",
         "seized", "Rebel fighters", "the airport"},
        {"Government troops recaptured the town.",
         "recaptured", "Government troops", "the town"},
        {"Security officials said the attackers had been identified.",
         "said", "Security officials", ""},
        {"Security officials said the attackers had been identified.",
         "identified", "the attackers", ""},
        {"Police officers arrested dozens of protesters.",
         "arrested", "Police officers", "dozens"},
        {"Army officers staged a coup.",
         "staged", "Army officers", "a coup"},
        {"Election observers criticised the vote.",
         "criticised", "Election observers", "the vote"},
        {"Human rights groups condemned the executions.",
         "condemned", "Human rights groups", "the executions"},
        {"Aid workers warned of famine.",
         "warned", "Aid workers", ""},
        {"Peace talks resumed in Geneva.",
         "resumed", "Peace talks", ""},
        {"Border guards detained several migrants.",
         "detained", "Border guards", "several migrants"},
        {"Navy ships escorted the convoy.",
         "escorted", "Navy ships", "the convoy"},
        {"Protest leaders called off the strike.",
         "called", "Protest leaders", "the strike"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Organisation and office names with "of" as subjects; the head of "Leaders
 * of the Group of Seven" is "Leaders", of a name of a name the whole name.
 */
static void names_with_of_as_subjects(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"The Economic Community of West African States imposed sanctions on Niger.",
         "imposed", "The Economic Community of West African States", "sanctions"},
        {"The Organization of American States condemned the coup.",
         "condemned", "The Organization of American States", "the coup"},
        {"The Ministry of Foreign Affairs summoned the British ambassador.",
         "summoned", "The Ministry of Foreign Affairs", "the British ambassador"},
        {"The Bank of England raised interest rates.",
         "raised", "The Bank of England", "interest rates"},
        {"The Democratic Republic of Congo accused Rwanda of backing the rebels.",
         "accused", "The Democratic Republic of Congo", "Rwanda"},
        {"The Democratic Republic of Congo accused Rwanda of backing the rebels.",
         "backing", "", "the rebels"},
        {"The Organisation of Islamic Cooperation called an emergency meeting.",
         "called", "The Organisation of Islamic Cooperation", "an emergency meeting"},
        {"The University of Tehran was closed after the protests.",
         "closed", "The University of Tehran", ""},
        {"The Supreme Court of India upheld the ban.",
         "upheld", "The Supreme Court of India", "the ban"},
        {"The Chamber of Deputies approved the budget on Thursday.",
         "approved", "The Chamber of Deputies", "the budget"},
        {"The Secretary of State will travel to Beijing next week.",
         "travel", "The Secretary of State", ""},
        {"The President of France hosted the summit.",
         "hosted", "The President of France", "the summit"},
        {"Leaders of the Group of Seven agreed on new sanctions.",
         "agreed", "Leaders", ""},
        {"The United States Department of Justice charged seven Russian officers.",
         "charged", "The United States Department of Justice", "seven Russian officers"},
        {"Officials of the International Atomic Energy Agency inspected the plant.",
         "inspected", "Officials", "the plant"},
        {"The Islamic Republic of Iran rejected the accusation.",
         "rejected", "The Islamic Republic of Iran", "the accusation"},
        {"The Commonwealth of Independent States held a summit in Minsk.",
         "held", "The Commonwealth of Independent States", "a summit"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Lists of names and leaders, appositives, and both in one subject.
 */
static void lists_and_appositives(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"Presidents Emmanuel Macron, Olaf Scholz and Joe Biden discussed the war by "
         "phone.",
         "discussed", "Presidents Emmanuel Macron , Olaf Scholz and Joe Biden", "the war"},
        {"The leaders of France, Germany and Italy travelled to Kyiv by train.",
         "travelled", "The leaders", ""},
        {"European Commission President Ursula von der Leyen, French President Emmanuel "
         "Macron and Chinese Premier Li Qiang met in Paris.",
         "met",
         "European Commission President Ursula von der Leyen , French President Emmanuel "
         "Macron and Chinese Premier Li Qiang",
         ""},
        {"Iran's top security official, Ali Shamkhani, held talks in Beijing.",
         "held", "Iran 's top security official", "talks"},
        {"Wang Yi, China's top diplomat, visited Moscow on Monday.",
         "visited", "Wang Yi", "Moscow"},
        {"Antony Blinken, the U.S. secretary of state, arrived in Cairo.",
         "arrived", "Antony Blinken", ""},
        {"The rebels seized Goma, the largest city in the east, on Tuesday.",
         "seized", "The rebels", "Goma"},
        {"The minister met representatives of Egypt, Qatar and the United States.",
         "met", "The minister", "representatives"},
        {"Russia, China and Iran held joint naval drills.",
         "held", "Russia , China and Iran", "joint naval drills"},
        {"Kenya, Uganda and Tanzania signed a trade pact.",
         "signed", "Kenya , Uganda and Tanzania", "a trade pact"},
        {"The alliance includes Britain, France, Germany, Italy and Spain.",
         "includes", "The alliance", "Britain , France , Germany , Italy and Spain"},
        {"Sheikh Tamim, the emir of Qatar, received the Iranian foreign minister.",
         "received", "Sheikh Tamim", "the Iranian foreign minister"},
        {"The head of the agency, Rafael Grossi, warned of a nuclear accident.",
         "warned", "The head", ""},
        {"Opposition leader Raila Odinga called for mass protests.",
         "called", "Opposition leader Raila Odinga", ""},
        {"Hamas, which controls Gaza, rejected the proposal.",
         "controls", "", "Gaza"},
        {"Hamas, which controls Gaza, rejected the proposal.",
         "rejected", "Hamas", "the proposal"},
        {"The group, designated a terrorist organization by Washington, denied "
         "involvement.",
         "designated", "", "a terrorist organization"},
        {"The group, designated a terrorist organization by Washington, denied "
         "involvement.",
         "denied", "The group", "involvement"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Passives: the grammatical subject, the agent in a by-phrase (see
 * agents_and_participles).
 */
static void passives(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"The deal was signed in Pretoria by representatives of the two sides.",
         "signed", "The deal", ""},
        {"Two journalists were arrested by police in Minsk.",
         "arrested", "Two journalists", ""},
        {"The embassy was attacked by a mob on Friday.",
         "attacked", "The embassy", ""},
        {"Dozens of civilians have been killed in the fighting.",
         "killed", "Dozens", ""},
        {"The talks were mediated by Qatar and Egypt.",
         "mediated", "The talks", ""},
        {"The ambassador was expelled after the spy scandal.",
         "expelled", "The ambassador", ""},
        {"The sanctions are expected to be lifted next month.",
         "expected", "The sanctions", ""},
        {"He was sentenced to ten years in prison by a military court.",
         "sentenced", "He", ""},
        {"The opposition leader was detained at the airport.",
         "detained", "The opposition leader", ""},
        {"The vote was postponed amid security concerns.",
         "postponed", "The vote", ""},
        {"The ceasefire, brokered by Turkey, was violated within hours.",
         "violated", "The ceasefire", ""},
        {"A convoy carrying aid was hit by an air strike.",
         "carrying", "", "aid"},
        {"A convoy carrying aid was hit by an air strike.",
         "hit", "A convoy", ""},
        {"The proposal was rejected by the council.",
         "rejected", "The proposal", ""},
        {"The suspects were handed over to Interpol.",
         "handed", "The suspects", ""},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Reported speech: said, told, warned, claimed, with and without "that";
 * quotes; the attribution after the clause; inverted "said X".
 */
static void reported_speech(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"The foreign ministry said North Korea was directly responsible for the attack.",
         "said", "The foreign ministry", ""},
        {"Officials said on Tuesday that the army had retaken the town.",
         "said", "Officials", ""},
        {"Officials said on Tuesday that the army had retaken the town.",
         "retaken", "the army", "the town"},
        {"\"We will not negotiate with terrorists,\" the president said.",
         "negotiate", "We", ""},
        {"\"We will not negotiate with terrorists,\" the president said.",
         "said", "the president", ""},
        {"The United Nations warned that millions of people faced starvation.",
         "warned", "The United Nations", ""},
        {"The United Nations warned that millions of people faced starvation.",
         "faced", "millions", "starvation"},
        {"Witnesses told Reuters that soldiers opened fire on the crowd.",
         "told", "Witnesses", "Reuters"},
        {"Witnesses told Reuters that soldiers opened fire on the crowd.",
         "opened", "soldiers", "fire"},
        {"Moscow has repeatedly denied that it targets civilians.",
         "denied", "Moscow", ""},
        {"Moscow has repeatedly denied that it targets civilians.",
         "targets", "it", "civilians"},
        {"\"The sanctions are illegal,\" said Maria Zakharova, the foreign ministry "
         "spokeswoman.",
         "said", "Maria Zakharova", ""},
        {"The spokesman added that the talks would resume in Geneva.",
         "added", "The spokesman", ""},
        {"The spokesman added that the talks would resume in Geneva.",
         "resume", "the talks", ""},
        {"Police said three people were killed and 12 wounded.",
         "said", "Police", ""},
        {"Police said three people were killed and 12 wounded.",
         "killed", "three people", ""},
        {"Erdogan told reporters Sweden must first crack down on Kurdish militants.",
         "told", "Erdogan", "reporters"},
        {"Erdogan told reporters Sweden must first crack down on Kurdish militants.",
         "crack", "Sweden", ""},
        {"According to the ministry, 40 people died in the blast.",
         "died", "40 people", ""},
        {"The minister claimed the West was trying to destabilise the country.",
         "claimed", "The minister", ""},
        {"The minister claimed the West was trying to destabilise the country.",
         "trying", "the West", ""},
        {"The minister claimed the West was trying to destabilise the country.",
         "destabilise", "", "the country"},
        {"Diplomats said Russia and Ukraine had agreed to swap prisoners.",
         "said", "Diplomats", ""},
        {"Diplomats said Russia and Ukraine had agreed to swap prisoners.",
         "agreed", "Russia and Ukraine", ""},
        {"Diplomats said Russia and Ukraine had agreed to swap prisoners.",
         "swap", "", "prisoners"},
        {"Biden said he would meet Xi at the summit.",
         "said", "Biden", ""},
        {"Biden said he would meet Xi at the summit.",
         "meet", "he", "Xi"},
        {"A senior U.S. official said Washington was prepared to impose sanctions.",
         "said", "A senior U.S. official", ""},
        {"A senior U.S. official said Washington was prepared to impose sanctions.",
         "prepared", "Washington", ""},
        {"A senior U.S. official said Washington was prepared to impose sanctions.",
         "impose", "", "sanctions"},
        {"The army said in a statement it had killed 20 militants.",
         "said", "The army", ""},
        {"The army said in a statement it had killed 20 militants.",
         "killed", "it", "20 militants"},
        {"The opposition, which boycotted the vote, said the results were rigged.",
         "boycotted", "", "the vote"},
        {"The opposition, which boycotted the vote, said the results were rigged.",
         "said", "The opposition", ""},
        {"The opposition, which boycotted the vote, said the results were rigged.",
         "rigged", "the results", ""},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Subordinate and relative clauses: as, while, after, if, when, because,
 * since, which, who.
 */
static void subordinate_clauses(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"Sheikh Hasina resigned as hundreds of thousands of protesters marched on her "
         "residence.",
         "resigned", "Sheikh Hasina", ""},
        {"Sheikh Hasina resigned as hundreds of thousands of protesters marched on her "
         "residence.",
         "marched", "hundreds", ""},
        {"Russia called on Armenia and Azerbaijan to stop the fighting, while Turkey "
         "backed Baku.",
         "called", "Russia", ""},
        {"Russia called on Armenia and Azerbaijan to stop the fighting, while Turkey "
         "backed Baku.",
         "stop", "", "the fighting"},
        {"Russia called on Armenia and Azerbaijan to stop the fighting, while Turkey "
         "backed Baku.",
         "backed", "Turkey", "Baku"},
        {"After the talks collapsed, Israel resumed its air strikes.",
         "collapsed", "the talks", ""},
        {"After the talks collapsed, Israel resumed its air strikes.",
         "resumed", "Israel", "its air strikes"},
        {"China cut off military talks with the United States after Pelosi visited Taiwan.",
         "cut", "China", "military talks"},
        {"China cut off military talks with the United States after Pelosi visited Taiwan.",
         "visited", "Pelosi", "Taiwan"},
        {"Although the ceasefire held, both sides accused each other of violations.",
         "held", "the ceasefire", ""},
        {"Although the ceasefire held, both sides accused each other of violations.",
         "accused", "both sides", "each other"},
        {"The government declared a state of emergency because protests had spread.",
         "declared", "The government", "a state"},
        {"The government declared a state of emergency because protests had spread.",
         "spread", "protests", ""},
        {"When the troops arrived, the rebels had already fled.",
         "arrived", "the troops", ""},
        {"When the troops arrived, the rebels had already fled.",
         "fled", "the rebels", ""},
        {"Iran will retaliate if Israel attacks its nuclear sites, officials warned.",
         "retaliate", "Iran", ""},
        {"Iran will retaliate if Israel attacks its nuclear sites, officials warned.",
         "attacks", "Israel", "its nuclear sites"},
        {"Iran will retaliate if Israel attacks its nuclear sites, officials warned.",
         "warned", "officials", ""},
        {"The president left for Washington before the results were announced.",
         "left", "The president", ""},
        {"The president left for Washington before the results were announced.",
         "announced", "the results", ""},
        {"Since the coup began, the junta has arrested dozens of politicians.",
         "began", "the coup", ""},
        {"Since the coup began, the junta has arrested dozens of politicians.",
         "arrested", "the junta", "dozens"},
        {"India and Pakistan exchanged fire along the border while diplomats met in "
         "Geneva.",
         "exchanged", "India and Pakistan", "fire"},
        {"India and Pakistan exchanged fire along the border while diplomats met in "
         "Geneva.",
         "met", "diplomats", ""},
        {"The United States imposed sanctions on Russia, which invaded Ukraine in 2022.",
         "imposed", "The United States", "sanctions"},
        {"The United States imposed sanctions on Russia, which invaded Ukraine in 2022.",
         "invaded", "", "Ukraine"},
        {"Kim praised the soldiers who fought in the war.",
         "praised", "Kim", "the soldiers"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Coordinated verbs ("arrested the president and dissolved parliament"),
 * subjects, and clauses; "each" between subject and verb.
 */
static void coordination(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"Protesters stormed and looted the prime minister's official residence.",
         "stormed", "Protesters", ""},
        {"Protesters stormed and looted the prime minister's official residence.",
         "looted", "Protesters", "the prime minister 's official residence"},
        {"The army arrested the president and dissolved parliament.",
         "arrested", "The army", "the president"},
        {"The army arrested the president and dissolved parliament.",
         "dissolved", "The army", "parliament"},
        {"Russia and Ukraine each signed an agreement with Turkey.",
         "signed", "Russia and Ukraine", "an agreement"},
        {"Israel and Hamas agreed to a truce and exchanged hostages.",
         "agreed", "Israel and Hamas", ""},
        {"Israel and Hamas agreed to a truce and exchanged hostages.",
         "exchanged", "Israel and Hamas", "hostages"},
        {"Police fired tear gas and arrested dozens of demonstrators.",
         "fired", "Police", "tear gas"},
        {"Police fired tear gas and arrested dozens of demonstrators.",
         "arrested", "Police", "dozens"},
        {"The president fired his defence minister and named a new army chief.",
         "fired", "The president", "his defence minister"},
        {"The president fired his defence minister and named a new army chief.",
         "named", "The president", "a new army chief"},
        {"China condemned the visit, and Taiwan thanked Washington for its support.",
         "condemned", "China", "the visit"},
        {"China condemned the visit, and Taiwan thanked Washington for its support.",
         "thanked", "Taiwan", "Washington"},
        {"Sudan's army and the Rapid Support Forces fought for control of the capital.",
         "fought", "Sudan 's army and the Rapid Support Forces", ""},
        {"The rebels seized the town but lost it a week later.",
         "seized", "The rebels", "the town"},
        {"The rebels seized the town but lost it a week later.",
         "lost", "The rebels", "it"},
        {"Egypt and Qatar brokered the truce and monitored its implementation.",
         "brokered", "Egypt and Qatar", "the truce"},
        {"Egypt and Qatar brokered the truce and monitored its implementation.",
         "monitored", "Egypt and Qatar", "its implementation"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Headlines: no article, no final period, the present tense.
 */
static void headlines(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"ICC issues arrest warrant for Putin over deported children",
         "issues", "ICC", "arrest warrant"},
        {"Biden signs aid package for Ukraine",
         "signs", "Biden", "aid package"},
        {"China slaps sanctions on US defence firms",
         "slaps", "China", "sanctions"},
        {"Russia expels Estonian ambassador",
         "expels", "Russia", "Estonian ambassador"},
        {"Iran seizes oil tanker in Gulf of Oman",
         "seizes", "Iran", "oil tanker"},
        {"Israel strikes Hamas targets after rocket fire",
         "strikes", "Israel", "Hamas targets"},
        {"Niger junta orders French ambassador to leave",
         "orders", "Niger junta", "French ambassador"},
        {"Niger junta orders French ambassador to leave",
         "leave", "French ambassador", ""},
        {"Protesters clash with police in Nairobi",
         "clash", "Protesters", ""},
        {"EU agrees new sanctions on Russia",
         "agrees", "EU", "new sanctions"},
        {"Kenya to send police to Haiti",
         "send", "Kenya", "police"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Numbers, amounts and money in subjects and objects ("more than 1,100
 * people died", "approved a $500 million loan").
 */
static void numbers_and_money(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"The World Bank approved a $500 million loan for Ukraine.",
         "approved", "The World Bank", "a $ 500 million loan"},
        {"Japan pledged 5.5 billion yen in humanitarian aid.",
         "pledged", "Japan", "5.5 billion yen"},
        {"More than 1,100 people died in the floods.",
         "died", "More than 1,100 people", ""},
        {"The United States announced $30 million in humanitarian aid for Sudan.",
         "announced", "The United States", "$ 30 million"},
        {"Saudi Arabia will invest $15 billion in Pakistan.",
         "invest", "Saudi Arabia", "$ 15 billion"},
        {"About 200 soldiers were deployed to the border.",
         "deployed", "About 200 soldiers", ""},
        {"Some 3,000 migrants crossed the Channel last month.",
         "crossed", "Some 3,000 migrants", "the Channel"},
        {"The IMF lent Argentina $44 billion in 2018.",
         "lent", "The IMF", "Argentina"},
        {"Two of the three hostages were released on Sunday.",
         "released", "Two", ""},
        {"Nearly half of the population needs aid.",
         "needs", "half", "aid"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * Wire copy and analysis: long sentences with lists, appositives, participle
 * clauses, subordinate clauses, time phrases between subject and verb,
 * reported speech and quotes.
 */
static void wire_sentences(void **state)
{
    (void)state;
    static const role_case cases[] = {
        {"The agreement, which was reached after months of talks mediated by the African "
         "Union, ended two years of war.",
         "ended", "The agreement", "two years"},
        {"In a move that surprised many analysts, Saudi Arabia and Iran agreed to restore "
         "diplomatic relations.",
         "surprised", "", "many analysts"},
        {"In a move that surprised many analysts, Saudi Arabia and Iran agreed to restore "
         "diplomatic relations.",
         "agreed", "Saudi Arabia and Iran", ""},
        {"In a move that surprised many analysts, Saudi Arabia and Iran agreed to restore "
         "diplomatic relations.",
         "restore", "", "diplomatic relations"},
        {"The decision to send tanks to Ukraine marked a shift in German policy.",
         "send", "", "tanks"},
        {"The decision to send tanks to Ukraine marked a shift in German policy.",
         "marked", "The decision", "a shift"},
        {"Experts say the sanctions have done little to change Moscow's behaviour.",
         "say", "Experts", ""},
        {"Experts say the sanctions have done little to change Moscow's behaviour.",
         "done", "the sanctions", ""},
        {"Experts say the sanctions have done little to change Moscow's behaviour.",
         "change", "", "Moscow 's behaviour"},
        {"The crisis deepened on Monday when the opposition called a general strike.",
         "deepened", "The crisis", ""},
        {"The crisis deepened on Monday when the opposition called a general strike.",
         "called", "the opposition", "a general strike"},
        {"Analysts believe China is building the ability to attack Taiwan.",
         "believe", "Analysts", ""},
        {"Analysts believe China is building the ability to attack Taiwan.",
         "building", "China", "the ability"},
        {"Analysts believe China is building the ability to attack Taiwan.",
         "attack", "", "Taiwan"},
        {"Critics accuse the government of using the law to silence dissent.",
         "accuse", "Critics", "the government"},
        {"Critics accuse the government of using the law to silence dissent.",
         "using", "", "the law"},
        {"Critics accuse the government of using the law to silence dissent.",
         "silence", "", "dissent"},
        {"The move is likely to anger Beijing, which claims the island as its own.",
         "anger", "", "Beijing"},
        {"The move is likely to anger Beijing, which claims the island as its own.",
         "claims", "", "the island"},
        {"Tens of thousands of people rallied in the capital to demand the release of "
         "political prisoners.",
         "rallied", "Tens", ""},
        {"Tens of thousands of people rallied in the capital to demand the release of "
         "political prisoners.",
         "demand", "", "the release"},
        {"The Kremlin called the decision outrageous and legally void.",
         "called", "The Kremlin", "the decision"},
        {"Rights groups urged the authorities to release the detained activists.",
         "urged", "Rights groups", "the authorities"},
        {"Rights groups urged the authorities to release the detained activists.",
         "release", "the authorities", "the detained activists"},
        {"The president's office said the meeting with Xi had been productive.",
         "said", "The president 's office", ""},
        {"China's top diplomat, Wang Yi, hailed the agreement as a victory for dialogue "
         "and peace.",
         "hailed", "China 's top diplomat", "the agreement"},
        {"The World Food Programme suspended its operations in the region after three "
         "staff were killed.",
         "suspended", "The World Food Programme", "its operations"},
        {"The World Food Programme suspended its operations in the region after three "
         "staff were killed.",
         "killed", "three staff", ""},
        {"Fighting broke out between Armenian and Azerbaijani forces on Tuesday.",
         "broke", "Fighting", ""},
        {"The presidents of Poland and Lithuania offered to mediate between the government "
         "and the opposition.",
         "offered", "The presidents", ""},
        {"Thousands of protesters rallied outside the French embassy in Niamey.",
         "rallied", "Thousands", ""},
        {"The court sought the arrest of the president for alleged war crimes.",
         "sought", "The court", "the arrest"},
        {"The junta gave the ambassador 48 hours to leave the country.",
         "gave", "The junta", "the ambassador"},
        {"The junta gave the ambassador 48 hours to leave the country.",
         "leave", "", "the country"},
        {"US officials have warned that China is building the ability to attack Taiwan.",
         "warned", "US officials", ""},
        {"US officials have warned that China is building the ability to attack Taiwan.",
         "building", "China", "the ability"},
        {"US officials have warned that China is building the ability to attack Taiwan.",
         "attack", "", "Taiwan"},
        {"Chinese President Xi Jinping met his Russian counterpart in Moscow.",
         "met", "Chinese President Xi Jinping", "his Russian counterpart"},
        {"The Russian foreign ministry summoned the German ambassador on Friday.",
         "summoned", "The Russian foreign ministry", "the German ambassador"},
        {"Israeli Prime Minister Benjamin Netanyahu vowed to destroy Hamas.",
         "vowed", "Israeli Prime Minister Benjamin Netanyahu", ""},
        {"Israeli Prime Minister Benjamin Netanyahu vowed to destroy Hamas.",
         "destroy", "", "Hamas"},
        {"The United Nations Security Council will vote on the resolution on Friday.",
         "vote", "The United Nations Security Council", ""},
        {"North Korea fired a ballistic missile into the sea, South Korea's military said.",
         "fired", "North Korea", "a ballistic missile"},
        {"North Korea fired a ballistic missile into the sea, South Korea's military said.",
         "said", "South Korea 's military", ""},
        {"South Korean President Yoon Suk Yeol declared martial law on Tuesday night.",
         "declared", "South Korean President Yoon Suk Yeol", "martial law"},
        {"The Taliban banned women from universities.",
         "banned", "The Taliban", "women"},
        {"Gunmen kidnapped 80 students from a school in Kaduna state.",
         "kidnapped", "Gunmen", "80 students"},
        {"Poland's prime minister accused Belarus of using migrants as a weapon.",
         "accused", "Poland 's prime minister", "Belarus"},
        {"Poland's prime minister accused Belarus of using migrants as a weapon.",
         "using", "", "migrants"},
        {"Tunisian President Kais Saied dissolved parliament.",
         "dissolved", "Tunisian President Kais Saied", "parliament"},
        {"Security forces opened fire on protesters in Tehran.",
         "opened", "Security forces", "fire"},
        {"The UN envoy urged both sides to return to the negotiating table.",
         "urged", "The UN envoy", "both sides"},
        {"The UN envoy urged both sides to return to the negotiating table.",
         "return", "both sides", ""},
        {"Many Western governments have condemned the election as neither free nor fair.",
         "condemned", "Many Western governments", "the election"},
        {"Anti-government demonstrators blocked roads across the country.",
         "blocked", "Anti-government demonstrators", "roads"},
        {"Pro-Russian separatists shelled Ukrainian positions near Donetsk.",
         "shelled", "Pro-Russian separatists", "Ukrainian positions"},
        {"Heavy fighting erupted in the Sudanese capital on Saturday.",
         "erupted", "Heavy fighting", ""},
        {"The Ethiopian government and Tigrayan rebels signed a peace deal in Pretoria.",
         "signed", "The Ethiopian government and Tigrayan rebels", "a peace deal"},
        {"Hungarian Prime Minister Viktor Orban blocked the aid package.",
         "blocked", "Hungarian Prime Minister Viktor Orban", "the aid package"},
        {"Several European countries expelled Russian diplomats.",
         "expelled", "Several European countries", "Russian diplomats"},
        {"Military leaders in Niger suspended the constitution.",
         "suspended", "Military leaders", "the constitution"},
        {"Two Chinese coast guard ships blocked a Philippine supply vessel.",
         "blocked", "Two Chinese coast guard ships", "a Philippine supply vessel"},
        {"Mexican authorities found 20 bodies near the border.",
         "found", "Mexican authorities", "20 bodies"},
        {"Opposition lawmakers walked out of parliament in protest.",
         "walked", "Opposition lawmakers", ""},
        {"Colombian rebels released a kidnapped police officer.",
         "released", "Colombian rebels", "a kidnapped police officer"},
        {"British and American warplanes bombed Houthi targets in Yemen.",
         "bombed", "British and American warplanes", "Houthi targets"},
        {"Biden, speaking at the White House, said the attack was unacceptable.",
         "said", "Biden", ""},
        {"Speaking in Ankara, Erdogan said Turkey would not back down.",
         "said", "Erdogan", ""},
        {"Speaking in Ankara, Erdogan said Turkey would not back down.",
         "back", "Turkey", ""},
        {"Asked about the report, the spokesman declined to comment.",
         "declined", "the spokesman", ""},
        {"The minister, who spoke on condition of anonymity, said the deal was close.",
         "said", "The minister", ""},
        {"Ukraine's President Volodymyr Zelenskiy thanked Britain for its support.",
         "thanked", "Ukraine 's President Volodymyr Zelenskiy", "Britain"},
        {"The United States on Tuesday imposed sanctions on three Iranian officials.",
         "imposed", "The United States", "sanctions"},
        {"Iran on Sunday accused Israel of sabotaging its nuclear program.",
         "accused", "Iran", "Israel"},
        {"Iran on Sunday accused Israel of sabotaging its nuclear program.",
         "sabotaging", "", "its nuclear program"},
        {"Russia's defence ministry said its forces had shot down 12 Ukrainian drones over "
         "the Belgorod region overnight.",
         "said", "Russia 's defence ministry", ""},
        {"Russia's defence ministry said its forces had shot down 12 Ukrainian drones over "
         "the Belgorod region overnight.",
         "shot", "its forces", "12 Ukrainian drones"},
        {"The talks, the first since 2019, ended without agreement.",
         "ended", "The talks", ""},
        {"Hundreds of people were killed and thousands displaced in clashes between the "
         "army and a rival paramilitary group.",
         "killed", "Hundreds", ""},
        {"Kim Jong Un, North Korea's leader, oversaw the launch of a new missile, state "
         "media reported on Friday.",
         "oversaw", "Kim Jong Un", "the launch"},
        {"Kim Jong Un, North Korea's leader, oversaw the launch of a new missile, state "
         "media reported on Friday.",
         "reported", "state media", ""},
        {"Ethiopia's government and the Tigray People's Liberation Front (TPLF) agreed on "
         "Wednesday to a permanent cessation of hostilities.",
         "agreed", "Ethiopia 's government and the Tigray People 's Liberation Front ( TPLF )", ""},
        {"Myanmar's military, which seized power in a 2021 coup, has been accused of "
         "atrocities.",
         "seized", "", "power"},
        {"Myanmar's military, which seized power in a 2021 coup, has been accused of "
         "atrocities.",
         "accused", "Myanmar 's military", ""},
        {"Demonstrators, many of them students, threw stones at police, who responded with "
         "tear gas.",
         "threw", "Demonstrators", "stones"},
        {"The bill, which passed the lower house last week, now goes to the Senate.",
         "passed", "", "the lower house"},
        {"The bill, which passed the lower house last week, now goes to the Senate.",
         "goes", "The bill", ""},
        {"Japan and South Korea agreed to resume regular security talks, ending a "
         "five-year freeze.",
         "agreed", "Japan and South Korea", ""},
        {"Japan and South Korea agreed to resume regular security talks, ending a "
         "five-year freeze.",
         "resume", "", "regular security talks"},
        {"Japan and South Korea agreed to resume regular security talks, ending a "
         "five-year freeze.",
         "ending", "", "a five-year freeze"},
        {"Blinken, on his third trip to the region since the war began, met Netanyahu in "
         "Tel Aviv.",
         "began", "the war", ""},
        {"Blinken, on his third trip to the region since the war began, met Netanyahu in "
         "Tel Aviv.",
         "met", "Blinken", "Netanyahu"},
        {"President Vladimir Putin signed a decree on Friday ordering the seizure of "
         "foreign assets.",
         "signed", "President Vladimir Putin", "a decree"},
        {"President Vladimir Putin signed a decree on Friday ordering the seizure of "
         "foreign assets.",
         "ordering", "", "the seizure"},
        {"Beijing has long claimed Taiwan as its territory.",
         "claimed", "Beijing", "Taiwan"},
        {"Germany, France and Britain, the three European parties to the deal, said Iran "
         "had violated it.",
         "said", "Germany , France and Britain", ""},
        {"Germany, France and Britain, the three European parties to the deal, said Iran "
         "had violated it.",
         "violated", "Iran", "it"},
        {"Protesters in the capital, Nairobi, set fire to part of the parliament building.",
         "set", "Protesters", "fire"},
        {"The European Union's foreign policy chief, Josep Borrell, condemned the attack.",
         "condemned", "The European Union 's foreign policy chief", "the attack"},
        {"Military officers in Gabon said they had seized power, hours after the electoral "
         "commission declared President Ali Bongo the winner.",
         "said", "Military officers", ""},
        {"Military officers in Gabon said they had seized power, hours after the electoral "
         "commission declared President Ali Bongo the winner.",
         "seized", "they", "power"},
        {"Military officers in Gabon said they had seized power, hours after the electoral "
         "commission declared President Ali Bongo the winner.",
         "declared", "the electoral commission", "President Ali Bongo"},
        {"Venezuela's President Nicolas Maduro accused the United States of plotting a "
         "coup.",
         "accused", "Venezuela 's President Nicolas Maduro", "the United States"},
        {"Venezuela's President Nicolas Maduro accused the United States of plotting a "
         "coup.",
         "plotting", "", "a coup"},
        {"The U.N. Security Council on Monday demanded an immediate ceasefire in Gaza.",
         "demanded", "The U.N. Security Council", "an immediate ceasefire"},
        {"Two Israeli soldiers were killed and three wounded in a Hezbollah attack.",
         "killed", "Two Israeli soldiers", ""},
        {"Iranian President Ebrahim Raisi said Tehran would respond to any aggression.",
         "said", "Iranian President Ebrahim Raisi", ""},
        {"Iranian President Ebrahim Raisi said Tehran would respond to any aggression.",
         "respond", "Tehran", ""},
        {"Serbian and Kosovo leaders agreed to a European Union plan to normalise "
         "relations.",
         "agreed", "Serbian and Kosovo leaders", ""},
        {"Serbian and Kosovo leaders agreed to a European Union plan to normalise "
         "relations.",
         "normalise", "", "relations"},
        {"Authorities in Hong Kong arrested 47 pro-democracy activists on subversion "
         "charges.",
         "arrested", "Authorities", "47 pro-democracy activists"},
        {"The Pentagon said the United States had shot down a Chinese balloon off the "
         "coast of South Carolina.",
         "said", "The Pentagon", ""},
        {"The Pentagon said the United States had shot down a Chinese balloon off the "
         "coast of South Carolina.",
         "shot", "the United States", "a Chinese balloon"},
        {"Britain's foreign secretary, David Cameron, arrived in Kyiv on a surprise visit.",
         "arrived", "Britain 's foreign secretary", ""},
        {"The Philippines accused China of ramming its vessels near a disputed shoal.",
         "accused", "The Philippines", "China"},
        {"The Philippines accused China of ramming its vessels near a disputed shoal.",
         "ramming", "", "its vessels"},
        {"Saudi-led coalition air strikes killed at least 14 people in Yemen's capital "
         "Sanaa.",
         "killed", "Saudi-led coalition air strikes", "at least 14 people"},
        {"China, which considers Taiwan part of its territory, staged military drills "
         "around the island.",
         "staged", "China", "military drills"},
        {"At least 30 people were killed when a suicide bomber blew himself up at a mosque "
         "in Peshawar.",
         "killed", "At least 30 people", ""},
        {"At least 30 people were killed when a suicide bomber blew himself up at a mosque "
         "in Peshawar.",
         "blew", "a suicide bomber", "himself"},
        {"Egyptian mediators are trying to broker a truce between Israel and Islamic "
         "Jihad.",
         "trying", "Egyptian mediators", ""},
        {"Egyptian mediators are trying to broker a truce between Israel and Islamic "
         "Jihad.",
         "broker", "", "a truce"},
        {"NATO allies pledged to increase defence spending at a summit in Vilnius.",
         "pledged", "NATO allies", ""},
        {"NATO allies pledged to increase defence spending at a summit in Vilnius.",
         "increase", "", "defence spending"},
        {"Armenia accused Azerbaijan of blocking the only road linking Nagorno-Karabakh to "
         "Armenia.",
         "accused", "Armenia", "Azerbaijan"},
        {"Armenia accused Azerbaijan of blocking the only road linking Nagorno-Karabakh to "
         "Armenia.",
         "blocking", "", "the only road"},
        {"Armenia accused Azerbaijan of blocking the only road linking Nagorno-Karabakh to "
         "Armenia.",
         "linking", "", "Nagorno-Karabakh"},
        {"Indian and Chinese troops clashed in the Galwan valley, leaving 20 Indian "
         "soldiers dead.",
         "clashed", "Indian and Chinese troops", ""},
        {"Indian and Chinese troops clashed in the Galwan valley, leaving 20 Indian "
         "soldiers dead.",
         "leaving", "", "20 Indian soldiers"},
        {"South Africa's President Cyril Ramaphosa led a delegation of African leaders to "
         "Kyiv and Moscow.",
         "led", "South Africa 's President Cyril Ramaphosa", "a delegation"},
        {"Thousands of Israelis protested against the government's plan to overhaul the "
         "judiciary.",
         "protested", "Thousands", ""},
        {"Thousands of Israelis protested against the government's plan to overhaul the "
         "judiciary.",
         "overhaul", "", "the judiciary"},
        {"Kosovo police clashed with ethnic Serb protesters in the north.",
         "clashed", "Kosovo police", ""},
        {"The junta, led by General Abdourahamane Tiani, has refused to release Bazoum.",
         "refused", "The junta", ""},
        {"The junta, led by General Abdourahamane Tiani, has refused to release Bazoum.",
         "release", "", "Bazoum"},
        {"Lawmakers voted 220 to 207 to impeach the president.",
         "impeach", "", "the president"},
        {"The foreign ministers of Russia and Turkey met in Moscow on Thursday to discuss "
         "Syria.",
         "met", "The foreign ministers", ""},
        {"The foreign ministers of Russia and Turkey met in Moscow on Thursday to discuss "
         "Syria.",
         "discuss", "", "Syria"},
        {"Zelenskiy's chief of staff said Kyiv would not cede territory.",
         "said", "Zelenskiy 's chief", ""},
        {"Zelenskiy's chief of staff said Kyiv would not cede territory.",
         "cede", "Kyiv", "territory"},
        {"The Houthis, who control much of Yemen, have attacked ships in the Red Sea.",
         "attacked", "The Houthis", "ships"},
        {"Taiwan's defence ministry said it had detected 24 Chinese military aircraft near "
         "the island.",
         "said", "Taiwan 's defence ministry", ""},
        {"Taiwan's defence ministry said it had detected 24 Chinese military aircraft near "
         "the island.",
         "detected", "it", "24 Chinese military aircraft"},
        {"Police used water cannon to disperse the crowd.",
         "used", "Police", "water cannon"},
        {"Police used water cannon to disperse the crowd.",
         "disperse", "", "the crowd"},
        {"Protesters burned tyres and blocked roads in several cities.",
         "burned", "Protesters", "tyres"},
        {"Protesters burned tyres and blocked roads in several cities.",
         "blocked", "Protesters", "roads"},
        {"Election officials declared the incumbent the winner.",
         "declared", "Election officials", "the incumbent"},
        {"The government accused the opposition of inciting violence and vowed to restore "
         "order.",
         "accused", "The government", "the opposition"},
        {"The government accused the opposition of inciting violence and vowed to restore "
         "order.",
         "inciting", "", "violence"},
        {"The government accused the opposition of inciting violence and vowed to restore "
         "order.",
         "vowed", "The government", ""},
        {"The government accused the opposition of inciting violence and vowed to restore "
         "order.",
         "restore", "", "order"},
        {"Iran's Supreme Leader Ayatollah Ali Khamenei pardoned thousands of prisoners.",
         "pardoned", "Iran 's Supreme Leader Ayatollah Ali Khamenei", "thousands"},
        {"The two countries have been locked in a dispute over the islands for decades.",
         "locked", "The two countries", ""},
        {"A spokesman for the U.N. secretary-general said Guterres was alarmed by the "
         "reports.",
         "said", "A spokesman", ""},
        {"A spokesman for the U.N. secretary-general said Guterres was alarmed by the "
         "reports.",
         "alarmed", "Guterres", ""},
        {"Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli "
         "military said.",
         "fired", "Hezbollah", "dozens"},
        {"Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli "
         "military said.",
         "said", "the Israeli military", ""},
        {"The leaders of Japan, South Korea and the United States held their first "
         "stand-alone summit at Camp David.",
         "held", "The leaders", "their first stand-alone summit"},
        {"European Union leaders agreed to open accession talks with Ukraine and Moldova.",
         "agreed", "European Union leaders", ""},
        {"European Union leaders agreed to open accession talks with Ukraine and Moldova.",
         "open", "", "accession talks"},
        {"The Ukrainian military said Russian troops had shelled more than 20 towns and "
         "villages.",
         "said", "The Ukrainian military", ""},
        {"The Ukrainian military said Russian troops had shelled more than 20 towns and "
         "villages.",
         "shelled", "Russian troops", "more than 20 towns and villages"},
        {"North Korea test-fired an intercontinental ballistic missile.",
         "test-fired", "North Korea", "an intercontinental ballistic missile"},
        {"Trump, who faces four criminal indictments, has denied wrongdoing.",
         "faces", "", "four criminal indictments"},
        {"Trump, who faces four criminal indictments, has denied wrongdoing.",
         "denied", "Trump", "wrongdoing"},
        {"Finland joined NATO on Tuesday, doubling the alliance's border with Russia.",
         "joined", "Finland", "NATO"},
        {"Finland joined NATO on Tuesday, doubling the alliance's border with Russia.",
         "doubling", "", "the alliance 's border"},
        {"Israeli forces raided the Jenin refugee camp, killing at least nine "
         "Palestinians.",
         "raided", "Israeli forces", "the Jenin refugee camp"},
        {"Israeli forces raided the Jenin refugee camp, killing at least nine "
         "Palestinians.",
         "killing", "", "at least nine Palestinians"},
        {"An Israeli air strike on a school sheltering displaced people killed at least 30 "
         "people, Gaza health officials said.",
         "sheltering", "", "displaced people"},
        {"An Israeli air strike on a school sheltering displaced people killed at least 30 "
         "people, Gaza health officials said.",
         "killed", "An Israeli air strike", "at least 30 people"},
        {"An Israeli air strike on a school sheltering displaced people killed at least 30 "
         "people, Gaza health officials said.",
         "said", "Gaza health officials", ""},
        {"Pakistani Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi "
         "did not meet.",
         "meet",
         "Pakistani Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi",
         ""},
        {"The Israeli cabinet approved the deal early on Wednesday.",
         "approved", "The Israeli cabinet", "the deal"},
        {"Hamas released 24 hostages, including 13 Israelis, on Friday.",
         "released", "Hamas", "24 hostages"},
        {"Qatar, which hosts Hamas's political office, mediated the talks.",
         "hosts", "", "Hamas 's political office"},
        {"Qatar, which hosts Hamas's political office, mediated the talks.",
         "mediated", "Qatar", "the talks"},
        {"Security forces killed at least 50 protesters, rights groups said.",
         "killed", "Security forces", "at least 50 protesters"},
        {"Security forces killed at least 50 protesters, rights groups said.",
         "said", "rights groups", ""},
        {"The UN refugee agency said more than a million people had fled the country.",
         "said", "The UN refugee agency", ""},
        {"The UN refugee agency said more than a million people had fled the country.",
         "fled", "more than a million people", "the country"},
        {"Senegal's President Macky Sall postponed the election, sparking protests.",
         "postponed", "Senegal 's President Macky Sall", "the election"},
        {"Senegal's President Macky Sall postponed the election, sparking protests.",
         "sparking", "", "protests"},
        {"Mali's military government ordered the UN peacekeeping mission to leave.",
         "ordered", "Mali 's military government", "the UN peacekeeping mission"},
        {"Mali's military government ordered the UN peacekeeping mission to leave.",
         "leave", "the UN peacekeeping mission", ""},
        {"Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.",
         "announced", "Burkina Faso , Mali and Niger", "their withdrawal"},
        {"The ruling party won 60 percent of the vote.",
         "won", "The ruling party", "60 percent"},
        {"Moldova expelled a Russian diplomat over what it called interference.",
         "expelled", "Moldova", "a Russian diplomat"},
        {"Moldova expelled a Russian diplomat over what it called interference.",
         "called", "it", "interference"},
        {"Taliban authorities have barred women from working for the United Nations.",
         "barred", "Taliban authorities", "women"},
        {"The Biden administration approved a $95 million arms sale to Taiwan.",
         "approved", "The Biden administration", "a $ 95 million arms sale"},
        {"The Afghan Taliban government denied sheltering militants.",
         "denied", "The Afghan Taliban government", ""},
        {"The Afghan Taliban government denied sheltering militants.",
         "sheltering", "", "militants"},
        {"Kenyan police shot dead at least 23 protesters.",
         "shot", "Kenyan police", "at least 23 protesters"},
        {"Iran's top security official, Ali Shamkhani, the secretary of the Supreme "
         "National Security Council, held four days of talks in Beijing.",
         "held", "Iran 's top security official", "four days"},
        {"The deal was signed in Pretoria by representatives of the two sides after ten "
         "days of talks mediated by the African Union.",
         "signed", "The deal", ""},
        {"Tom Bossert, the White House homeland security adviser, said North Korea was "
         "directly responsible for the attack.",
         "said", "Tom Bossert", ""},
        {"Sudan's army and the paramilitary Rapid Support Forces fought for control of the "
         "capital for a second day.",
         "fought", "Sudan 's army and the paramilitary Rapid Support Forces", ""},
        {"Fighting broke out between Armenian and Azerbaijani forces along the border "
         "overnight.",
         "broke", "Fighting", ""},
        {"The presidents of Poland and Lithuania offered to mediate between the "
         "authorities and the opposition.",
         "offered", "The presidents", ""},
        {"Protesters clashed with police outside the parliament in Tbilisi on Tuesday.",
         "clashed", "Protesters", ""},
        {"Moscow and Kyiv have each accused the other of shelling the plant.",
         "accused", "Moscow and Kyiv", "the other"},
        {"Moscow and Kyiv have each accused the other of shelling the plant.",
         "shelling", "", "the plant"},
        {"\"China is sending a message to Canberra,\" she said.",
         "sending", "China", "a message"},
        {"\"China is sending a message to Canberra,\" she said.",
         "said", "she", ""},
        {"China sent two strategic bombers to the region in a show of support for Moscow.",
         "sent", "China", "two strategic bombers"},
        {"The World Food Programme suspended its operations in the country after three of "
         "its staff were killed.",
         "suspended", "The World Food Programme", "its operations"},
        {"The World Food Programme suspended its operations in the country after three of "
         "its staff were killed.",
         "killed", "three", ""},
        {"Thousands of protesters rallied outside the French embassy in Niamey, chanting "
         "slogans in support of the junta.",
         "rallied", "Thousands", ""},
        {"Thousands of protesters rallied outside the French embassy in Niamey, chanting "
         "slogans in support of the junta.",
         "chanting", "", "slogans"},
        {"Biden signs long-delayed aid package for Ukraine",
         "signs", "Biden", "long-delayed aid package"},
        {"Xi arrives in Moscow for talks with Putin",
         "arrives", "Xi", ""},
        {"Erdogan says Sweden must do more before Turkey approves its NATO bid",
         "says", "Erdogan", ""},
        {"Erdogan says Sweden must do more before Turkey approves its NATO bid",
         "do", "Sweden", ""},
        {"Erdogan says Sweden must do more before Turkey approves its NATO bid",
         "approves", "Turkey", "its NATO bid"},
        {"Pakistan arrests former prime minister Imran Khan",
         "arrests", "Pakistan", "former prime minister Imran Khan"},
        {"Bangladesh's prime minister resigns and flees the country as protesters storm "
         "her residence",
         "resigns", "Bangladesh 's prime minister", ""},
        {"Bangladesh's prime minister resigns and flees the country as protesters storm "
         "her residence",
         "flees", "Bangladesh 's prime minister", "the country"},
        {"Bangladesh's prime minister resigns and flees the country as protesters storm "
         "her residence",
         "storm", "protesters", "her residence"},
        {"The ICC said it had issued an arrest warrant for Putin over the deportation of "
         "children from Ukraine.",
         "said", "The ICC", ""},
        {"The ICC said it had issued an arrest warrant for Putin over the deportation of "
         "children from Ukraine.",
         "issued", "it", "an arrest warrant"},
        {"The Kremlin called the decision outrageous and said Russia did not recognise the "
         "court's jurisdiction.",
         "called", "The Kremlin", "the decision"},
        {"The Kremlin called the decision outrageous and said Russia did not recognise the "
         "court's jurisdiction.",
         "said", "The Kremlin", ""},
        {"The Kremlin called the decision outrageous and said Russia did not recognise the "
         "court's jurisdiction.",
         "recognise", "Russia", "the court 's jurisdiction"},
        {"Prime Minister Sheikh Hasina resigned on Monday and fled to India as hundreds of "
         "thousands of protesters marched on her residence in Dhaka.",
         "resigned", "Prime Minister Sheikh Hasina", ""},
        {"Prime Minister Sheikh Hasina resigned on Monday and fled to India as hundreds of "
         "thousands of protesters marched on her residence in Dhaka.",
         "fled", "Prime Minister Sheikh Hasina", ""},
        {"Prime Minister Sheikh Hasina resigned on Monday and fled to India as hundreds of "
         "thousands of protesters marched on her residence in Dhaka.",
         "marched", "hundreds", ""},
        {"Russia, which denies the accusation, said it would respond to any attack on its "
         "territory.",
         "denies", "", "the accusation"},
        {"Russia, which denies the accusation, said it would respond to any attack on its "
         "territory.",
         "said", "Russia", ""},
        {"Russia, which denies the accusation, said it would respond to any attack on its "
         "territory.",
         "respond", "it", ""},
        {"Turkish President Tayyip Erdogan said on Saturday that Ankara would not approve "
         "Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants.",
         "said", "Turkish President Tayyip Erdogan", ""},
        {"Turkish President Tayyip Erdogan said on Saturday that Ankara would not approve "
         "Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants.",
         "approve", "Ankara", "Sweden 's bid"},
        {"Turkish President Tayyip Erdogan said on Saturday that Ankara would not approve "
         "Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants.",
         "join", "", "NATO"},
        {"Turkish President Tayyip Erdogan said on Saturday that Ankara would not approve "
         "Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants.",
         "cracked", "Stockholm", ""},
        {"The United States and its allies imposed sweeping sanctions on Russian banks, "
         "cutting several of them off from the SWIFT international payments system.",
         "imposed", "The United States and its allies", "sweeping sanctions"},
        {"Armed men on motorcycles attacked a village in northern Burkina Faso, killing at "
         "least 20 civilians, local officials said.",
         "attacked", "Armed men", "a village"},
        {"Armed men on motorcycles attacked a village in northern Burkina Faso, killing at "
         "least 20 civilians, local officials said.",
         "killing", "", "at least 20 civilians"},
        {"Armed men on motorcycles attacked a village in northern Burkina Faso, killing at "
         "least 20 civilians, local officials said.",
         "said", "local officials", ""},
        {"The junta, which seized power in July, has ordered the French ambassador to "
         "leave the country within 48 hours.",
         "seized", "", "power"},
        {"The junta, which seized power in July, has ordered the French ambassador to "
         "leave the country within 48 hours.",
         "ordered", "The junta", "the French ambassador"},
        {"The junta, which seized power in July, has ordered the French ambassador to "
         "leave the country within 48 hours.",
         "leave", "the French ambassador", "the country"},
        {"Chinese coast guard vessels fired water cannon at a Philippine boat near the "
         "Second Thomas Shoal on Saturday, the Philippine coast guard said.",
         "fired", "Chinese coast guard vessels", "water cannon"},
        {"Chinese coast guard vessels fired water cannon at a Philippine boat near the "
         "Second Thomas Shoal on Saturday, the Philippine coast guard said.",
         "said", "the Philippine coast guard", ""},
        {"Zelenskiy, speaking by video link to the summit, urged Western leaders to send "
         "more air defence systems.",
         "urged", "Zelenskiy", "Western leaders"},
        {"Zelenskiy, speaking by video link to the summit, urged Western leaders to send "
         "more air defence systems.",
         "send", "Western leaders", "more air defence systems"},
        {"In a joint statement, the foreign ministers of Egypt, Jordan and Saudi Arabia "
         "condemned the attack on the hospital.",
         "condemned", "the foreign ministers", "the attack"},
        {"North Korean leader Kim Jong Un has ordered his military to prepare for war, "
         "state media KCNA reported on Saturday.",
         "ordered", "North Korean leader Kim Jong Un", "his military"},
        {"North Korean leader Kim Jong Un has ordered his military to prepare for war, "
         "state media KCNA reported on Saturday.",
         "prepare", "his military", ""},
        {"North Korean leader Kim Jong Un has ordered his military to prepare for war, "
         "state media KCNA reported on Saturday.",
         "reported", "state media KCNA", ""},
        {"Opposition supporters accused the electoral commission of rigging the vote in "
         "favour of the ruling party.",
         "accused", "Opposition supporters", "the electoral commission"},
        {"Opposition supporters accused the electoral commission of rigging the vote in "
         "favour of the ruling party.",
         "rigging", "", "the vote"},
        {"The army said it had repelled an attack by Islamist militants on a base in the "
         "north of the country.",
         "said", "The army", ""},
        {"The army said it had repelled an attack by Islamist militants on a base in the "
         "north of the country.",
         "repelled", "it", "an attack"},
        {"Israel and Hamas agreed on Wednesday to a four-day truce to allow the release of "
         "50 hostages held in Gaza in exchange for 150 Palestinian prisoners.",
         "agreed", "Israel and Hamas", ""},
        {"Israel and Hamas agreed on Wednesday to a four-day truce to allow the release of "
         "50 hostages held in Gaza in exchange for 150 Palestinian prisoners.",
         "allow", "", "the release"},
        {"Police in Nairobi fired tear gas at protesters who were trying to reach the "
         "State House.",
         "fired", "Police", "tear gas"},
        {"Police in Nairobi fired tear gas at protesters who were trying to reach the "
         "State House.",
         "reach", "", "the State House"},
        {"After meeting Xi in Beijing, Lula said Brazil and China would work together to "
         "bring peace to Ukraine.",
         "meeting", "", "Xi"},
        {"After meeting Xi in Beijing, Lula said Brazil and China would work together to "
         "bring peace to Ukraine.",
         "said", "Lula", ""},
        {"After meeting Xi in Beijing, Lula said Brazil and China would work together to "
         "bring peace to Ukraine.",
         "work", "Brazil and China", ""},
        {"After meeting Xi in Beijing, Lula said Brazil and China would work together to "
         "bring peace to Ukraine.",
         "bring", "", "peace"},
        {"EU foreign ministers agreed to impose sanctions on Iranian officials involved in "
         "the crackdown on protesters.",
         "agreed", "EU foreign ministers", ""},
        {"EU foreign ministers agreed to impose sanctions on Iranian officials involved in "
         "the crackdown on protesters.",
         "impose", "", "sanctions"},
        {"Western diplomats said the vote showed Russia's isolation.",
         "said", "Western diplomats", ""},
        {"Western diplomats said the vote showed Russia's isolation.",
         "showed", "the vote", "Russia 's isolation"},
        {"Russian forces launched a massive missile and drone attack on Ukraine's energy "
         "infrastructure overnight, Ukrainian officials said.",
         "launched", "Russian forces", "a massive missile and drone attack"},
        {"Russian forces launched a massive missile and drone attack on Ukraine's energy "
         "infrastructure overnight, Ukrainian officials said.",
         "said", "Ukrainian officials", ""},
        {"Senior Hamas official Osama Hamdan told reporters in Beirut the group would not "
         "release any more hostages until the war ended.",
         "told", "Senior Hamas official Osama Hamdan", "reporters"},
        {"Senior Hamas official Osama Hamdan told reporters in Beirut the group would not "
         "release any more hostages until the war ended.",
         "release", "the group", "any more hostages"},
        {"Senior Hamas official Osama Hamdan told reporters in Beirut the group would not "
         "release any more hostages until the war ended.",
         "ended", "the war", ""},
        {"A Saudi-led coalition fighting the Houthis in Yemen said it had intercepted a "
         "ballistic missile fired at the city of Jizan.",
         "fighting", "", "the Houthis"},
        {"A Saudi-led coalition fighting the Houthis in Yemen said it had intercepted a "
         "ballistic missile fired at the city of Jizan.",
         "said", "A Saudi-led coalition", ""},
        {"A Saudi-led coalition fighting the Houthis in Yemen said it had intercepted a "
         "ballistic missile fired at the city of Jizan.",
         "intercepted", "it", "a ballistic missile"},
        {"The Security Council voted 13 to 0 to extend the mandate of the peacekeeping "
         "mission in South Sudan.",
         "extend", "", "the mandate"},
        {"The government of Burkina Faso expelled two French diplomats accused of "
         "subversive activities.",
         "expelled", "The government", "two French diplomats"},
        {"France recalled its ambassador to Niger after the junta ordered him out.",
         "recalled", "France", "its ambassador"},
        {"France recalled its ambassador to Niger after the junta ordered him out.",
         "ordered", "the junta", "him"},
        {"The talks in Jeddah, brokered by Saudi Arabia and the United States, failed to "
         "produce a ceasefire.",
         "failed", "The talks", ""},
        {"The talks in Jeddah, brokered by Saudi Arabia and the United States, failed to "
         "produce a ceasefire.",
         "produce", "", "a ceasefire"},
        {"Mexico's president criticised the United States for funding groups that oppose "
         "his government.",
         "criticised", "Mexico 's president", "the United States"},
        {"Mexico's president criticised the United States for funding groups that oppose "
         "his government.",
         "funding", "", "groups"},
        {"Mexico's president criticised the United States for funding groups that oppose "
         "his government.",
         "oppose", "", "his government"},
        {"A court in Moscow sentenced Wall Street Journal reporter Evan Gershkovich to 16 "
         "years in prison on espionage charges.",
         "sentenced", "A court", "Wall Street Journal reporter Evan Gershkovich"},
        {"Germany's defence minister, Boris Pistorius, visited Kyiv on Thursday and "
         "promised further military aid.",
         "visited", "Germany 's defence minister", "Kyiv"},
        {"Germany's defence minister, Boris Pistorius, visited Kyiv on Thursday and "
         "promised further military aid.",
         "promised", "Germany 's defence minister", "further military aid"},
        {"Russian President Vladimir Putin and Chinese leader Xi Jinping signed a joint "
         "statement on deepening their strategic partnership.",
         "signed",
         "Russian President Vladimir Putin and Chinese leader Xi Jinping",
         "a joint statement"},
        {"Russian President Vladimir Putin and Chinese leader Xi Jinping signed a joint "
         "statement on deepening their strategic partnership.",
         "deepening", "", "their strategic partnership"},
        {"Hungary blocked a joint EU statement criticising China over its treatment of the "
         "Uyghurs.",
         "blocked", "Hungary", "a joint EU statement"},
        {"Hungary blocked a joint EU statement criticising China over its treatment of the "
         "Uyghurs.",
         "criticising", "", "China"},
        {"Venezuela's opposition, backed by the United States, called for new elections.",
         "called", "Venezuela 's opposition", ""},
        {"\"We are ready to talk,\" Iranian Foreign Minister Abbas Araqchi told reporters "
         "in Tehran, adding that any deal must respect Iran's rights.",
         "told", "Iranian Foreign Minister Abbas Araqchi", "reporters"},
        {"\"We are ready to talk,\" Iranian Foreign Minister Abbas Araqchi told reporters "
         "in Tehran, adding that any deal must respect Iran's rights.",
         "respect", "any deal", "Iran 's rights"},
        {"\"This is a declaration of war,\" said Hamas official Sami Abu Zuhri.",
         "said", "Hamas official Sami Abu Zuhri", ""},
        {"The minister, speaking after talks with his Chinese counterpart, said the two "
         "countries had agreed to expand trade.",
         "said", "The minister", ""},
        {"The minister, speaking after talks with his Chinese counterpart, said the two "
         "countries had agreed to expand trade.",
         "agreed", "the two countries", ""},
        {"The minister, speaking after talks with his Chinese counterpart, said the two "
         "countries had agreed to expand trade.",
         "expand", "", "trade"},
        {"Moscow, which annexed Crimea in 2014, says the peninsula is Russian territory.",
         "annexed", "", "Crimea"},
        {"Moscow, which annexed Crimea in 2014, says the peninsula is Russian territory.",
         "says", "Moscow", ""},
        {"The Kremlin has repeatedly said it is open to negotiations but that Ukraine must "
         "accept \"new territorial realities.\"",
         "said", "The Kremlin", ""},
        {"The Kremlin has repeatedly said it is open to negotiations but that Ukraine must "
         "accept \"new territorial realities.\"",
         "accept", "Ukraine", "new territorial realities"},
        {"According to a statement from the presidency, Ruto and Museveni discussed "
         "security along the border.",
         "discussed", "Ruto and Museveni", "security"},
        {"China's foreign ministry spokesman Wang Wenbin said Beijing firmly opposed the "
         "sale.",
         "said", "China 's foreign ministry spokesman Wang Wenbin", ""},
        {"China's foreign ministry spokesman Wang Wenbin said Beijing firmly opposed the "
         "sale.",
         "opposed", "Beijing", "the sale"},
        {"Washington has accused Beijing of supplying Russia with components used to make "
         "weapons.",
         "accused", "Washington", "Beijing"},
        {"Washington has accused Beijing of supplying Russia with components used to make "
         "weapons.",
         "supplying", "", "Russia"},
        {"Washington has accused Beijing of supplying Russia with components used to make "
         "weapons.",
         "make", "", "weapons"},
        {"The sanctions target 12 individuals, including senior members of the "
         "Revolutionary Guards.",
         "target", "The sanctions", "12 individuals"},
        {"Iran has denied supplying drones to Russia for use in Ukraine.",
         "denied", "Iran", ""},
        {"Iran has denied supplying drones to Russia for use in Ukraine.",
         "supplying", "", "drones"},
        {"Analysts said the move was aimed at pressuring Washington ahead of talks.",
         "said", "Analysts", ""},
        {"Analysts said the move was aimed at pressuring Washington ahead of talks.",
         "aimed", "the move", ""},
        {"Analysts said the move was aimed at pressuring Washington ahead of talks.",
         "pressuring", "", "Washington"},
        {"Both sides have accused each other of violating the truce.",
         "accused", "Both sides", "each other"},
        {"Both sides have accused each other of violating the truce.",
         "violating", "", "the truce"},
        {"Neither side commented on the report.",
         "commented", "Neither side", ""},
        {"The two leaders agreed to set up a hotline to prevent clashes.",
         "agreed", "The two leaders", ""},
        {"The two leaders agreed to set up a hotline to prevent clashes.",
         "set", "", "a hotline"},
        {"The two leaders agreed to set up a hotline to prevent clashes.",
         "prevent", "", "clashes"},
        {"Police said they had arrested a suspect in connection with the bombing.",
         "said", "Police", ""},
        {"Police said they had arrested a suspect in connection with the bombing.",
         "arrested", "they", "a suspect"},
        {"The vote, which was boycotted by the opposition, gave the ruling party a "
         "two-thirds majority.",
         "gave", "The vote", "the ruling party"},
        {"Officials in Kyiv said a Russian missile hit an apartment building in Dnipro, "
         "killing at least 40 people.",
         "said", "Officials", ""},
        {"Officials in Kyiv said a Russian missile hit an apartment building in Dnipro, "
         "killing at least 40 people.",
         "killing", "", "at least 40 people"},
        {"The attack, the deadliest in years, was claimed by the Islamic State group.",
         "claimed", "The attack", ""},
        {"Protests erupted across the country after the government raised fuel prices.",
         "erupted", "Protests", ""},
        {"Protests erupted across the country after the government raised fuel prices.",
         "raised", "the government", "fuel prices"},
        {"The United Nations says more than 6 million people have fled Ukraine.",
         "says", "The United Nations", ""},
        {"The United Nations says more than 6 million people have fled Ukraine.",
         "fled", "more than 6 million people", "Ukraine"},
        {"Turkey's parliament ratified Finland's NATO membership on Thursday, clearing the "
         "way for its accession.",
         "ratified", "Turkey 's parliament", "Finland 's NATO membership"},
        {"Turkey's parliament ratified Finland's NATO membership on Thursday, clearing the "
         "way for its accession.",
         "clearing", "", "the way"},
        {"Saudi Arabia, the world's biggest oil exporter, agreed to cut output by one "
         "million barrels a day.",
         "agreed", "Saudi Arabia", ""},
        {"Saudi Arabia, the world's biggest oil exporter, agreed to cut output by one "
         "million barrels a day.",
         "cut", "", "output"},
        {"Israel's military said it had killed a senior Hamas commander in an air strike "
         "on Gaza City.",
         "said", "Israel 's military", ""},
        {"Israel's military said it had killed a senior Hamas commander in an air strike "
         "on Gaza City.",
         "killed", "it", "a senior Hamas commander"},
        {"The court ruled that the election was valid and dismissed the opposition's "
         "petition.",
         "ruled", "The court", ""},
        {"A spokesman for the State Department declined to comment on the report.",
         "declined", "A spokesman", ""},
        {"Russian Foreign Minister Sergei Lavrov met his Indian counterpart Subrahmanyam "
         "Jaishankar in New Delhi on Thursday.",
         "met",
         "Russian Foreign Minister Sergei Lavrov",
         "his Indian counterpart Subrahmanyam Jaishankar"},
        {"The European Union and Tunisia signed an agreement on Sunday to fight migrant "
         "smuggling and boost the economy.",
         "signed", "The European Union and Tunisia", "an agreement"},
        {"The European Union and Tunisia signed an agreement on Sunday to fight migrant "
         "smuggling and boost the economy.",
         "fight", "", "migrant smuggling"},
        {"The European Union and Tunisia signed an agreement on Sunday to fight migrant "
         "smuggling and boost the economy.",
         "boost", "", "the economy"},
        {"The talks between Armenia and Azerbaijan, hosted by the United States, ended "
         "without a breakthrough.",
         "ended", "The talks", ""},
        {"Gunmen killed at least 15 people in an attack on a church in Nigeria's Ondo "
         "state, police said.",
         "killed", "Gunmen", "at least 15 people"},
        {"Gunmen killed at least 15 people in an attack on a church in Nigeria's Ondo "
         "state, police said.",
         "said", "police", ""},
        {"Thousands of people marched through Paris on Saturday to protest against pension "
         "reform.",
         "marched", "Thousands", ""},
        {"President Macron's government survived a no-confidence vote by just nine votes.",
         "survived", "President Macron 's government", "a no-confidence vote"},
        {"India and China agreed to disengage troops from the disputed border area.",
         "agreed", "India and China", ""},
        {"India and China agreed to disengage troops from the disputed border area.",
         "disengage", "", "troops"},
        {"The agreement allows Ukraine to export grain through the Black Sea.",
         "allows", "The agreement", "Ukraine"},
        {"The agreement allows Ukraine to export grain through the Black Sea.",
         "export", "Ukraine", "grain"},
        {"Officials from both countries will meet in Vienna next week.",
         "meet", "Officials", ""},
        {"Rebels from the M23 group seized control of Bunagana, a town on the border with "
         "Uganda.",
         "seized", "Rebels", "control"},
        {"The prime minister, who took office in January, faces a vote of confidence next "
         "month.",
         "took", "", "office"},
        {"The prime minister, who took office in January, faces a vote of confidence next "
         "month.",
         "faces", "The prime minister", "a vote"},
        {"A Chinese spy balloon flew over US territory before it was shot down.",
         "flew", "A Chinese spy balloon", ""},
        {"A Chinese spy balloon flew over US territory before it was shot down.",
         "shot", "it", ""},
        {"US President Joe Biden and Chinese President Xi Jinping held talks on the "
         "sidelines of the G20 summit in Bali.",
         "held", "US President Joe Biden and Chinese President Xi Jinping", "talks"},
        {"Hamas militants killed about 1,200 people and took some 250 hostages in the "
         "October 7 attack.",
         "killed", "Hamas militants", "about 1,200 people"},
        {"Hamas militants killed about 1,200 people and took some 250 hostages in the "
         "October 7 attack.",
         "took", "Hamas militants", "some 250 hostages"},
        {"The United States vetoed a UN Security Council resolution calling for a "
         "ceasefire in Gaza.",
         "vetoed", "The United States", "a UN Security Council resolution"},
        {"However, the United States and its allies rejected the proposal.",
         "rejected", "the United States and its allies", "the proposal"},
        {"But Moscow has so far refused to withdraw its troops.",
         "refused", "Moscow", ""},
        {"But Moscow has so far refused to withdraw its troops.",
         "withdraw", "", "its troops"},
        {"And Israel said it would press ahead with the offensive.",
         "said", "Israel", ""},
        {"And Israel said it would press ahead with the offensive.",
         "press", "it", ""},
        {"Meanwhile, Chinese and Russian warships held joint exercises near Japan.",
         "held", "Chinese and Russian warships", "joint exercises"},
        {"The resolution was condemned on Monday by the United Nations and the European "
         "Union.",
         "condemned", "The resolution", ""},
        {"Iran's president stepped down after the protests.",
         "stepped", "Iran 's president", ""},
        {"The United States pulled out of the nuclear deal in 2018.",
         "pulled", "The United States", ""},
        {"The company called off the strike after talks with the union.",
         "called", "The company", "the strike"},
        {"The two sides have not met since the war began.",
         "met", "The two sides", ""},
        {"The two sides have not met since the war began.",
         "began", "the war", ""},
        {"Russia did not respond to a request for comment.",
         "respond", "Russia", ""},
        {"The ministry said in a statement on Friday that it had summoned the Dutch "
         "ambassador.",
         "said", "The ministry", ""},
        {"The ministry said in a statement on Friday that it had summoned the Dutch "
         "ambassador.",
         "summoned", "it", "the Dutch ambassador"},
        {"He said: \"We will respond to any attack.\"",
         "said", "He", ""},
        {"He said: \"We will respond to any attack.\"",
         "respond", "We", ""},
        {"Late on Tuesday, Israeli aircraft struck targets in southern Lebanon.",
         "struck", "Israeli aircraft", "targets"},
        {"Earlier on Wednesday, the army said it had killed five militants.",
         "said", "the army", ""},
        {"Earlier on Wednesday, the army said it had killed five militants.",
         "killed", "it", "five militants"},
        {"The European Union imposed sanctions on Belarus, Iran and North Korea.",
         "imposed", "The European Union", "sanctions"},
        {"The talks, which began in Geneva on Monday, are expected to last three days.",
         "expected", "The talks", ""},
        {"Ukraine's Zelenskiy urged allies to speed up deliveries of weapons.",
         "urged", "Ukraine 's Zelenskiy", "allies"},
        {"Ukraine's Zelenskiy urged allies to speed up deliveries of weapons.",
         "speed", "allies", "deliveries"},
        {"Pakistan's former prime minister Imran Khan was arrested in Islamabad on "
         "Tuesday.",
         "arrested", "Pakistan 's former prime minister Imran Khan", ""},
        {"The junta has committed to holding elections within three years.",
         "committed", "The junta", ""},
        {"The junta has committed to holding elections within three years.",
         "holding", "", "elections"},
        {"Protesters set fire to the parliament building and looted shops.",
         "set", "Protesters", "fire"},
        {"Protesters set fire to the parliament building and looted shops.",
         "looted", "Protesters", "shops"},
        {"Police arrested 20 people and seized weapons during the raid.",
         "arrested", "Police", "20 people"},
        {"Police arrested 20 people and seized weapons during the raid.",
         "seized", "Police", "weapons"},
        {"The president sacked his army chief and appointed a loyalist.",
         "sacked", "The president", "his army chief"},
        {"The president sacked his army chief and appointed a loyalist.",
         "appointed", "The president", "a loyalist"},
        {"The opposition leader, who returned from exile last month, was arrested at his "
         "home.",
         "arrested", "The opposition leader", ""},
        {"Several people were injured when police fired rubber bullets at the crowd.",
         "injured", "Several people", ""},
        {"Several people were injured when police fired rubber bullets at the crowd.",
         "fired", "police", "rubber bullets"},
        {"Ethiopian Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019, "
         "ordered a military offensive in Tigray.",
         "won", "", "the Nobel Peace Prize"},
        {"Ethiopian Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019, "
         "ordered a military offensive in Tigray.",
         "ordered", "Ethiopian Prime Minister Abiy Ahmed", "a military offensive"},
        {"The deal, hailed by Washington as a breakthrough, was criticised by human rights "
         "groups.",
         "criticised", "The deal", ""},
        {"The agreement was reached after 18 hours of talks in Minsk.",
         "reached", "The agreement", ""},
        {"Iraq summoned the Turkish ambassador over the air strikes in the north.",
         "summoned", "Iraq", "the Turkish ambassador"},
        {"Kyiv accused Moscow of using chemical weapons, a charge Russia denied.",
         "accused", "Kyiv", "Moscow"},
        {"Kyiv accused Moscow of using chemical weapons, a charge Russia denied.",
         "using", "", "chemical weapons"},
        {"Kyiv accused Moscow of using chemical weapons, a charge Russia denied.",
         "denied", "Russia", ""},
        {"The Philippine coast guard said a Chinese vessel had rammed one of its boats.",
         "said", "The Philippine coast guard", ""},
        {"The Philippine coast guard said a Chinese vessel had rammed one of its boats.",
         "rammed", "a Chinese vessel", "one"},
        {"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "agreed to resume regular visits.",
         "agreed",
         "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol",
         ""},
        {"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "agreed to resume regular visits.",
         "resume", "", "regular visits"},
        {"Ghana, Senegal and Ivory Coast sent troops to the region.",
         "sent", "Ghana , Senegal and Ivory Coast", "troops"},
        {"Saudi Arabia and the United Arab Emirates cut ties with Qatar in 2017.",
         "cut", "Saudi Arabia and the United Arab Emirates", "ties"},
        {"Turkey, which has NATO's second-largest army, has blocked Sweden's bid.",
         "blocked", "Turkey", "Sweden 's bid"},
        {"The African Union suspended Niger after the coup.",
         "suspended", "The African Union", "Niger"},
        {"Britain, France and Germany said they would impose new sanctions.",
         "said", "Britain , France and Germany", ""},
        {"Britain, France and Germany said they would impose new sanctions.",
         "impose", "they", "new sanctions"},
        {"Egypt and Qatar, which mediated the truce, urged both sides to show restraint.",
         "mediated", "", "the truce"},
        {"Egypt and Qatar, which mediated the truce, urged both sides to show restraint.",
         "urged", "Egypt and Qatar , which mediated the truce ,", "both sides"},
        {"Egypt and Qatar, which mediated the truce, urged both sides to show restraint.",
         "show", "both sides", "restraint"},
        {"North Korea said it had successfully launched a spy satellite into orbit.",
         "said", "North Korea", ""},
        {"North Korea said it had successfully launched a spy satellite into orbit.",
         "launched", "it", "a spy satellite"},
        {"China's defence ministry warned that the military would \"resolutely\" defend "
         "the country's sovereignty.",
         "warned", "China 's defence ministry", ""},
        {"China's defence ministry warned that the military would \"resolutely\" defend "
         "the country's sovereignty.",
         "defend", "the military", "the country 's sovereignty"},
        {"The bodies of 12 migrants were found on a beach in Libya.",
         "found", "The bodies", ""},
        {"An explosion at a market in Kabul killed at least seven people.",
         "killed", "An explosion", "at least seven people"},
        {"US and British warships shot down 21 drones and missiles fired by the Houthis.",
         "shot", "US and British warships", "21 drones and missiles fired by the Houthis"},
        {"Hundreds of people gathered outside the embassy to demand the ambassador's "
         "expulsion.",
         "gathered", "Hundreds", ""},
        {"Hundreds of people gathered outside the embassy to demand the ambassador's "
         "expulsion.",
         "demand", "", "the ambassador 's expulsion"},
        {"A Russian court sentenced the opposition politician to 25 years in prison for "
         "treason.",
         "sentenced", "A Russian court", "the opposition politician"},
        {"The IAEA chief, Rafael Grossi, arrived in Tehran for talks on Iran's nuclear "
         "programme.",
         "arrived", "The IAEA chief", ""},
        {"Kenya's High Court blocked the deployment of police officers to Haiti.",
         "blocked", "Kenya 's High Court", "the deployment"},
        {"Azerbaijan launched what it called an anti-terrorist operation in "
         "Nagorno-Karabakh.",
         "launched", "Azerbaijan", ""},
        {"Azerbaijan launched what it called an anti-terrorist operation in "
         "Nagorno-Karabakh.",
         "called", "it", "an anti-terrorist operation"},
        {"Sri Lanka's president fled the country after protesters stormed his residence.",
         "fled", "Sri Lanka 's president", "the country"},
        {"Sri Lanka's president fled the country after protesters stormed his residence.",
         "stormed", "protesters", "his residence"},
        {"The United States, as well as Britain and France, condemned the launch.",
         "condemned", "The United States", "the launch"},
        {"Mr. Putin met Mr. Erdogan in Sochi on Monday; the two leaders discussed grain "
         "exports.",
         "met", "Mr. Putin", "Mr. Erdogan"},
        {"Mr. Putin met Mr. Erdogan in Sochi on Monday; the two leaders discussed grain "
         "exports.",
         "discussed", "the two leaders", "grain exports"},
        {"The U.S.-led coalition carried out 12 air strikes against Islamic State targets "
         "in Syria.",
         "carried", "The U.S.-led coalition", "12 air strikes"},
        {"\"Our patience has limits,\" he said, \"and we will act if necessary.\"",
         "said", "he", ""},
        {"The Biden administration's decision angered Beijing.",
         "angered", "The Biden administration 's decision", "Beijing"},
        {"Russia's invasion of Ukraine, which began in February 2022, has killed tens of "
         "thousands of people.",
         "killed", "Russia 's invasion", "tens"},
        {"Fighting between the army and the RSF has displaced more than 8 million people.",
         "displaced", "Fighting", "more than 8 million people"},
        {"Israel and Hezbollah have exchanged fire almost daily since October.",
         "exchanged", "Israel and Hezbollah", "fire"},
        {"The ceasefire between Israel and Hamas collapsed on Tuesday.",
         "collapsed", "The ceasefire", ""},
        {"Talks between the two sides broke down over the issue of prisoners.",
         "broke", "Talks", ""},
        {"Two-thirds of the country's population needs humanitarian aid.",
         "needs", "Two-thirds", "humanitarian aid"},
        {"Inflation rose to 8.5 percent in March, the highest level in four decades.",
         "rose", "Inflation", ""},
        {"The Central Bank raised its key interest rate by 0.5 percentage points.",
         "raised", "The Central Bank", "its key interest rate"},
        {"The agreement, signed on Jan. 5 in Riyadh, ended a decade of hostility.",
         "ended", "The agreement", "a decade"},
        {"The rebels, who are backed by Rwanda, deny the accusations.",
         "deny", "The rebels", "the accusations"},
        {"The foreign ministers of the Group of Seven industrialized nations met in Japan.",
         "met", "The foreign ministers", ""},
        {"Officials from the World Health Organization visited the affected areas.",
         "visited", "Officials", "the affected areas"},
        {"President Emmanuel Macron's visit to Beijing drew criticism from Washington.",
         "drew", "President Emmanuel Macron 's visit", "criticism"},
        {"The Pentagon announced a new $2 billion military aid package for Ukraine.",
         "announced", "The Pentagon", "a new $ 2 billion military aid package"},
        {"Sweden formally joined NATO on Thursday, ending two centuries of neutrality.",
         "joined", "Sweden", "NATO"},
        {"Sweden formally joined NATO on Thursday, ending two centuries of neutrality.",
         "ending", "", "two centuries"},
        {"Venezuelan opposition leader Juan Guaido fled to the United States.",
         "fled", "Venezuelan opposition leader Juan Guaido", ""},
        {"Iran executed a man convicted of killing a member of the security forces.",
         "executed", "Iran", "a man"},
        {"Iran executed a man convicted of killing a member of the security forces.",
         "killing", "", "a member"},
        {"The election commission declared Tinubu the winner with 37 percent of the vote.",
         "declared", "The election commission", "Tinubu"},
        {"Myanmar's junta extended the state of emergency for another six months.",
         "extended", "Myanmar 's junta", "the state"},
        {"Pope Francis called for an end to the war in Ukraine.",
         "called", "Pope Francis", ""},
        {"The Vatican's envoy met Ukrainian officials in Kyiv.",
         "met", "The Vatican 's envoy", "Ukrainian officials"},
        {"Chinese and Indian troops clashed along their disputed Himalayan border.",
         "clashed", "Chinese and Indian troops", ""},
        {"Greek and Turkish leaders pledged to improve ties during a meeting in Athens.",
         "pledged", "Greek and Turkish leaders", ""},
        {"Greek and Turkish leaders pledged to improve ties during a meeting in Athens.",
         "improve", "", "ties"},
        {"Hungarian and Polish officials opposed the EU migration pact.",
         "opposed", "Hungarian and Polish officials", "the EU migration pact"},
        {"South Korean and US forces began joint drills on Monday.",
         "began", "South Korean and US forces", "joint drills"},
        {"Russian and Ukrainian delegations met in Istanbul for talks.",
         "met", "Russian and Ukrainian delegations", ""},
        {"Iranian-backed militias attacked US bases in Iraq and Syria.",
         "attacked", "Iranian-backed militias", "US bases"},
        {"The Kremlin-backed candidate won the election in a landslide.",
         "won", "The Kremlin-backed candidate", "the election"},
        {"Pro-government militias attacked protesters in the capital.",
         "attacked", "Pro-government militias", "protesters"},
        {"The army-backed government dissolved the national assembly.",
         "dissolved", "The army-backed government", "the national assembly"},
    };
    roles_check_all(cases, ROLES_N(cases));
}

/*
 * "X of Y" names are one noun phrase, and what follows them (a parenthesis,
 * an appositive, a relative clause) is attached to the whole, so that the
 * coder reads the whole name.
 */
static void names_are_one_phrase(void **state)
{
    (void)state;
    static const phrase_case cases[] = {
        {"The Economic Community of West African States imposed sanctions on Niger.",
         "NP", "The Economic Community of West African States"},
        {"The Economic Community of West African States (ECOWAS) threatened to use force.",
         "NP", "The Economic Community of West African States ( ECOWAS )"},
        {"Niger's junta defied the Economic Community of West African States, which had "
         "set a deadline.",
         "NP", "the Economic Community of West African States"},
        {"The Economic Community of West African States, the regional bloc, gave the junta "
         "one week.",
         "NP", "The Economic Community of West African States"},
        {"The regional bloc, the Economic Community of West African States, threatened "
         "military action.",
         "NP", "the Economic Community of West African States"},
        {"Heads of state of the Economic Community of West African States ordered the "
         "activation of a standby force.",
         "NP", "the Economic Community of West African States"},
        {"The Organization of the Petroleum Exporting Countries (OPEC) agreed to cut "
         "output.",
         "NP", "The Organization of the Petroleum Exporting Countries"},
        {"The President of France, Emmanuel Macron, hosted the summit.",
         "NP", "The President of France"},
        {"The head of the agency, Rafael Grossi, warned of a nuclear accident.",
         "NP", "The head of the agency"},
        {"The Ministry of Foreign Affairs, which summoned the ambassador, said the talks "
         "were over.",
         "NP", "The Ministry of Foreign Affairs"},
        {"Leaders of the Group of Seven agreed on new sanctions.",
         "NP", "the Group of Seven"},
        {"Officials of the International Atomic Energy Agency inspected the plant.",
         "NP", "the International Atomic Energy Agency"},
        {"The Democratic Republic of Congo accused Rwanda of backing the rebels.",
         "NP", "The Democratic Republic of Congo"},
        {"Xi has already signaled a willingness this week to help an old, albeit "
         "recalcitrant, ally.",
         "NP", "an old , albeit recalcitrant , ally"},
        {"Russia hosted Yemen's army chief earlier this month.",
         "NP", "Yemen 's army chief"},
        {"China will meet the Ethiopian military next month.",
         "NP", "the Ethiopian military"},
    };
    roles_check_phrases(cases, ROLES_N(cases));
}

/*
 * Lists of three names or leaders are one noun phrase; a name with "von der"
 * is one name; two appositives in a row stay in the subject.
 */
static void lists_are_one_phrase(void **state)
{
    (void)state;
    static const phrase_case cases[] = {
        {"European Commission President Ursula von der Leyen, French President Emmanuel "
         "Macron and Chinese Premier Li Qiang met in Paris.",
         "NP", "European Commission President Ursula von der Leyen"},
        {"The leaders of France, Germany and Italy travelled to Kyiv by train.",
         "NP", "France , Germany and Italy"},
        {"The minister met representatives of Egypt, Qatar and the United States.",
         "NP", "Egypt , Qatar and the United States"},
        {"In a joint statement, the foreign ministers of Egypt, Jordan and Saudi Arabia "
         "condemned the attack on the hospital.",
         "NP", "Egypt , Jordan and Saudi Arabia"},
        {"In a move that surprised many analysts, Saudi Arabia and Iran agreed to restore "
         "diplomatic relations.",
         "NP", "Saudi Arabia and Iran"},
        {"Iran's top security official, Ali Shamkhani, the secretary of the Supreme "
         "National Security Council, held four days of talks in Beijing.",
         "NP", "Ali Shamkhani , the secretary of the Supreme National Security Council"},
        {"Germany, France and Britain, the three European parties to the deal, said Iran "
         "had violated it.",
         "NP", "Germany , France and Britain"},
        {"If nothing else, Xi and Kim, both masters of propaganda, can be expected to use "
         "the visit to send a message to Washington.",
         "PP", "If nothing else"},
        {"Meanwhile, Chinese and Russian warships held joint exercises near Japan.",
         "NP", "Chinese and Russian warships"},
        {"The United States, as well as Britain and France, condemned the launch.",
         "CONJP", "as well as"},
    };
    roles_check_phrases(cases, ROLES_N(cases));
}

/*
 * Passive agents and participle clauses are phrases of their own.
 */
static void agents_and_participles(void **state)
{
    (void)state;
    static const phrase_case cases[] = {
        {"Two journalists were arrested by police in Minsk.",
         "PP", "by police in Minsk"},
        {"The embassy was attacked by a mob on Friday.",
         "PP", "by a mob"},
        {"The talks were mediated by Qatar and Egypt.",
         "PP", "by Qatar and Egypt"},
        {"The deal was signed in Pretoria by representatives of the two sides after ten "
         "days of talks mediated by the African Union.",
         "PP", "by representatives of the two sides"},
        {"The deal was signed in Pretoria by representatives of the two sides after ten "
         "days of talks mediated by the African Union.",
         "VP", "mediated by the African Union"},
        {"He was sentenced to ten years in prison by a military court.",
         "PP", "by a military court"},
        {"The ceasefire, brokered by Turkey, was violated within hours.",
         "VP", "brokered by Turkey"},
        {"The talks in Jeddah, brokered by Saudi Arabia and the United States, failed to "
         "produce a ceasefire.",
         "VP", "brokered by Saudi Arabia and the United States"},
        {"Japanese fishing boats were seized by Russian coast guards.",
         "PP", "by Russian coast guards"},
        {"The government of Burkina Faso expelled two French diplomats accused of "
         "subversive activities.",
         "VP", "accused of subversive activities"},
        {"US and British warships shot down 21 drones and missiles fired by the Houthis.",
         "VP", "fired by the Houthis"},
    };
    roles_check_phrases(cases, ROLES_N(cases));
}

/*
 * "at least", "more than", "up to" a number belong to the noun phrase.
 */
static void bounded_numbers(void **state)
{
    (void)state;
    static const phrase_case cases[] = {
        {"At least 30 people were killed when a suicide bomber blew himself up at a mosque "
         "in Peshawar.",
         "NP", "At least 30 people"},
        {"The UN refugee agency said more than a million people had fled the country.",
         "NP", "more than a million people"},
        {"Kenyan police shot dead at least 23 protesters.",
         "NP", "at least 23 protesters"},
        {"The World Bank approved a $500 million loan for Ukraine.",
         "NP", "a $ 500 million loan"},
        {"Up to 200 soldiers were deployed to the border.",
         "NP", "Up to 200 soldiers"},
    };
    roles_check_phrases(cases, ROLES_N(cases));
}

/*
 * Subordinate clauses, floating "each", headline and hyphenated verbs.
 */
static void clauses_and_adverbs(void **state)
{
    (void)state;
    static const phrase_case cases[] = {
        {"Russia called on Armenia and Azerbaijan to stop the fighting, while Turkey "
         "backed Baku.",
         "SBAR", "while Turkey backed Baku"},
        {"Sheikh Hasina resigned as hundreds of thousands of protesters marched on her "
         "residence.",
         "SBAR", "as hundreds of thousands of protesters marched on her residence"},
        {"Witnesses told Reuters that soldiers opened fire on the crowd.",
         "SBAR", "that soldiers opened fire on the crowd"},
        {"Military officers in Gabon said they had seized power, hours after the electoral "
         "commission declared President Ali Bongo the winner.",
         "SBAR", "hours after the electoral commission declared President Ali Bongo the winner"},
        {"Moldova expelled a Russian diplomat over what it called interference.",
         "SBAR", "what it called interference"},
        {"Ministers met on Sunday, a move that analysts said could deepen the crisis.",
         "SBAR", "that analysts said could deepen the crisis"},
        {"Russia and Ukraine each signed an agreement with Turkey.",
         "ADVP", "each"},
        {"Moscow and Kyiv have each accused the other of shelling the plant.",
         "ADVP", "each"},
        {"ICC issues arrest warrant for Putin over deported children",
         "VP", "issues arrest warrant for Putin over deported children"},
        {"North Korea test-fired an intercontinental ballistic missile.",
         "VP", "test-fired an intercontinental ballistic missile"},
        {"Russia hosted Yemen's army chief earlier this month.",
         "ADVP", "earlier"},
        {"But Moscow has so far refused to withdraw its troops.",
         "ADVP", "so far"},
        {"Kyiv accused Moscow of using chemical weapons, a charge Russia denied.",
         "NP", "a charge Russia denied"},
    };
    roles_check_phrases(cases, ROLES_N(cases));
}

DYAD_TEST_GROUP(news_roles,
    cmocka_unit_test(subjects_before_verbs),
    cmocka_unit_test(names_with_of_as_subjects),
    cmocka_unit_test(lists_and_appositives),
    cmocka_unit_test(passives),
    cmocka_unit_test(reported_speech),
    cmocka_unit_test(subordinate_clauses),
    cmocka_unit_test(coordination),
    cmocka_unit_test(headlines),
    cmocka_unit_test(numbers_and_money),
    cmocka_unit_test(wire_sentences),
    cmocka_unit_test(names_are_one_phrase),
    cmocka_unit_test(lists_are_one_phrase),
    cmocka_unit_test(agents_and_participles),
    cmocka_unit_test(bounded_numbers),
    cmocka_unit_test(clauses_and_adverbs))
