/*
 * pool.c — the ordered worker pool of pool.h.
 *
 * Jobs live in a ring of nslots slots, addressed by four counters that only
 * grow (the slot of job i is i % nslots):
 *
 *   head <= ready <= claim <= tail <= head + nslots
 *
 *   [head, ready)    done, waiting to be emitted by the caller, in order
 *   [ready, claim)   taken by workers; some may be done already (done[])
 *   [claim, tail)    submitted, waiting for a worker
 *   [tail, head+n)   free: the caller fills the slot of job tail next
 *
 * One mutex guards the counters and done[]; a job's own memory is touched
 * only by whoever holds it (caller, then one worker, then the caller), and
 * the hand-overs go through the mutex, which orders the memory.
 *
 * Why the caller sleeps until half the ring is done: when there are as
 * many workers as cores, every wake-up of the caller takes a core away from
 * a worker. So once the ring is full the caller waits for nslots/2 jobs,
 * emits them and refills the ring in one go: one wake-up per nslots/2 jobs,
 * while the other half of the ring keeps the workers busy. Workers are
 * signalled only when one of them is asleep.
 */
#include "cli/pool.h"
#include "base/mem.h"

#include <pthread.h>
#include <unistd.h>

typedef struct pool_thread {
    dy_pool *p;
    void *worker;       /* the caller's context for this thread */
    pthread_t id;
} pool_thread;

struct dy_pool {
    size_t nslots;
    void **jobs;
    unsigned char *done;    /* done[i % nslots]: job i of [ready, claim) finished */
    dy_pool_work_fn work;
    dy_pool_emit_fn emit;
    void *ctx;
    void *worker0;          /* the worker context used without threads */
    size_t head, ready, claim, tail;
    size_t want;            /* the caller sleeps until ready >= want */
    int caller_waits;
    int idle;               /* workers asleep on work_cv */
    int quit;
    int nthreads;           /* threads running; 0 = everything on the caller's thread */
    pool_thread *th;
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
};

/* Take the next submitted job (*got = 0 once the pool quits and none is left). The mutex is held. */
static size_t take_job(dy_pool *p, int *got)
{
    while (p->claim == p->tail && !p->quit) {
        p->idle++;
        pthread_cond_wait(&p->work_cv, &p->mu);
        p->idle--;
    }
    *got = p->claim != p->tail;
    return *got ? p->claim++ : 0;
}

/* Mark job i done, extend the done prefix, wake the caller if it waits for it. Mutex held. */
static void finish_job(dy_pool *p, size_t i)
{
    p->done[i % p->nslots] = 1;
    while (p->ready < p->claim && p->done[p->ready % p->nslots])
        p->ready++;
    if (p->caller_waits && p->ready >= p->want)
        pthread_cond_signal(&p->done_cv);
}

static void *worker_main(void *arg)
{
    pool_thread *t = arg;
    dy_pool *p = t->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        int got;
        size_t i = take_job(p, &got);
        if (!got)
            break;
        pthread_mutex_unlock(&p->mu);
        p->work(t->worker, p->jobs[i % p->nslots]);
        pthread_mutex_lock(&p->mu);
        finish_job(p, i);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/*
 * Make a pool of nthreads workers over the caller's nslots jobs (the
 * ring) and nthreads worker contexts. With nthreads <= 1, or if no thread
 * can be started, no thread runs and only jobs[0] and workers[0] are used.
 * If fewer threads than asked can be started, the pool runs with those.
 */
dy_pool *dy_pool_new(int nthreads, size_t nslots, void *const *jobs, void *const *workers,
                     dy_pool_work_fn work, dy_pool_emit_fn emit, void *ctx)
{
    dy_pool *p = dy_xcalloc(1, sizeof *p);
    p->nslots = nslots ? nslots : 1;
    p->jobs = dy_xmalloc(p->nslots * sizeof *p->jobs);
    for (size_t i = 0; i < p->nslots; i++)
        p->jobs[i] = jobs[i];
    p->done = dy_xcalloc(p->nslots, 1);
    p->work = work;
    p->emit = emit;
    p->ctx = ctx;
    p->worker0 = workers[0];
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_cv, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    if (nthreads <= 1)
        return p;
    p->th = dy_xcalloc((size_t)nthreads, sizeof *p->th);
    for (int i = 0; i < nthreads; i++) {
        p->th[p->nthreads].p = p;
        p->th[p->nthreads].worker = workers[i];
        if (pthread_create(&p->th[p->nthreads].id, NULL, worker_main, &p->th[p->nthreads]) == 0)
            p->nthreads++;
    }
    return p;
}

/* Emit the done prefix [head, ready). Called and returns with the mutex held. */
static void emit_ready(dy_pool *p)
{
    size_t from = p->head, to = p->ready;
    if (from == to)
        return;
    pthread_mutex_unlock(&p->mu);
    for (size_t i = from; i < to; i++)
        p->emit(p->ctx, p->jobs[i % p->nslots]);
    pthread_mutex_lock(&p->mu);
    for (size_t i = from; i < to; i++)
        p->done[i % p->nslots] = 0;
    p->head = to;
}

/* Sleep until jobs up to want are done. The mutex is held. */
static void wait_ready(dy_pool *p, size_t want)
{
    p->want = want;
    p->caller_waits = 1;
    while (p->ready < want)
        pthread_cond_wait(&p->done_cv, &p->mu);
    p->caller_waits = 0;
}

/*
 * The next free job for the caller to fill, then dy_pool_submit(). Finished
 * jobs are emitted first, in order; when the ring is full this waits for
 * half of it to be done.
 */
void *dy_pool_acquire(dy_pool *p)
{
    if (!p->nthreads)
        return p->jobs[0];
    pthread_mutex_lock(&p->mu);
    emit_ready(p);
    while (p->tail - p->head == p->nslots) {
        wait_ready(p, p->head + (p->nslots + 1) / 2);
        emit_ready(p);
    }
    void *job = p->jobs[p->tail % p->nslots];
    pthread_mutex_unlock(&p->mu);
    return job;
}

/* Hand the job last acquired to the workers (without threads: do it and emit it now). */
void dy_pool_submit(dy_pool *p)
{
    if (!p->nthreads) {
        p->work(p->worker0, p->jobs[0]);
        p->emit(p->ctx, p->jobs[0]);
        return;
    }
    pthread_mutex_lock(&p->mu);
    p->tail++;
    if (p->idle)
        pthread_cond_signal(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
}

/* Wait for every submitted job and emit them all, in order. */
void dy_pool_finish(dy_pool *p)
{
    if (!p->nthreads)
        return;
    pthread_mutex_lock(&p->mu);
    while (p->head < p->tail) {
        wait_ready(p, p->tail);
        emit_ready(p);
    }
    pthread_mutex_unlock(&p->mu);
}

/* Stop the workers (after they finish the jobs submitted) and free the pool. */
void dy_pool_free(dy_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->th[i].id, NULL);
    pthread_cond_destroy(&p->work_cv);
    pthread_cond_destroy(&p->done_cv);
    pthread_mutex_destroy(&p->mu);
    dy_free(p->th);
    dy_free(p->done);
    dy_free(p->jobs);
    dy_free(p);
}

/* Worker threads running (0: jobs run on the caller's thread). */
int dy_pool_threads(const dy_pool *p)
{
    return p->nthreads;
}

/* The number of online cores, at least 1: the default thread count. */
int dy_pool_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 1024 ? 1024 : (int)n;
}
