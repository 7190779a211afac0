/*
 * pool.h — an ordered worker pool: jobs are filled on the calling thread,
 * done by worker threads in any order, and handed back ("emitted") on the
 * calling thread in the order they were submitted.
 *
 *   dy_pool *p = dy_pool_new(nthreads, nslots, jobs, workers, work, emit, ctx);
 *   while (more input) {
 *       void *job = dy_pool_acquire(p);   // may emit finished jobs first
 *       ... fill job ...
 *       dy_pool_submit(p);
 *   }
 *   dy_pool_finish(p);                    // waits for and emits the rest
 *   dy_pool_free(p);
 *
 * The caller owns the job and worker objects: nslots jobs (the ring; at most
 * that many are in flight, so memory does not grow with the input) and one
 * worker context per thread (e.g. a coder each). work(worker, job) runs on a
 * worker thread; emit(ctx, job) runs on the calling thread, after which the
 * job may be filled again. With nthreads <= 1 no thread is started: submit
 * runs the job and emits it at once, on the calling thread.
 */
#ifndef DY_CLI_POOL_H
#define DY_CLI_POOL_H

#include <stddef.h>

typedef struct dy_pool dy_pool;
typedef void (*dy_pool_work_fn)(void *worker, void *job);
typedef void (*dy_pool_emit_fn)(void *ctx, void *job);

dy_pool *dy_pool_new(int nthreads, size_t nslots, void *const *jobs, void *const *workers,
                     dy_pool_work_fn work, dy_pool_emit_fn emit, void *ctx);
void *dy_pool_acquire(dy_pool *p);
void dy_pool_submit(dy_pool *p);
void dy_pool_finish(dy_pool *p);
void dy_pool_free(dy_pool *p);
int dy_pool_threads(const dy_pool *p);
int dy_pool_default_threads(void);

#endif
