/*
 * import-emit.c — a new record's file made on the second core (see
 * import-int.h).
 *
 * A new record whose row passed is kept as the text of its file, which
 * only the commit reads (and, for a producer a later row changes,
 * txn_thaw, which waits for it).  Making that text (record_canonicalize,
 * yaml_emit and its read-back, DESIGN §2) is a third of a fresh import's
 * work, so one worker thread does it while the main thread reads the
 * next rows.  The worker owns the record's tree from txn_emit_queue on
 * and frees it; it touches nothing else of the import.  Its results wait
 * in their slot of a small ring (which bounds the trees held) until the
 * main thread retires them, in the order they were queued, into their
 * entries and, for a failure, the import's failures: the same messages
 * in the same order as if each product had been made at its row.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/util.h"

/* Records in flight: 64 trees of 4 KiB or more, at most. */
#define EMIT_SLOTS 64

/*
 * The worker is woken when this many wait, not at each: a wake-up is a
 * system call and a switch (20,000 of them cost more than the thread
 * saved), and in bursts each side mostly runs on.
 */
#define EMIT_BURST (EMIT_SLOTS / 4)

/* Below this many rows the thread costs more than it saves. */
#define EMIT_THREAD_ROWS 256

struct emit_job {
	size_t idx;		/* the entry, in tx->prod or tx->item by r's type */
	enum record_type type;
	struct record *r;	/* the worker's; kept (given back) on a failure */
	char *text;		/* the file made */
	size_t len;
	struct diag_list dl;	/* why it could not be made */
	bool failed;
};

/*
 * Counters that only grow, slots taken modulo EMIT_SLOTS: [head, next)
 * made, waiting to be retired by the main thread; [next, tail) queued,
 * the worker's.  Each side touches only its own slots outside the lock.
 */
struct emit_queue {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t work, made;
	struct emit_job slots[EMIT_SLOTS];
	size_t head, next, tail;
	bool stop;
	bool idle;		/* the worker waits for work */
	bool waiting;		/* the main thread waits for a slot or the end */
};

/* What txn_freeze does inline: the file's text, and the tree freed. */
static void make_text(struct emit_job *job)
{
	struct record *r = job->r;

	if (txn_make_text(r, &job->text, &job->len, &job->dl)) {
		job->failed = true;
		return;
	}
	record_release(r);
	free(r);
	job->r = NULL;
}

static void *emit_worker(void *arg)
{
	struct emit_queue *q = arg;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		struct emit_job *job;

		while (q->next == q->tail && !q->stop) {
			q->idle = true;
			pthread_cond_wait(&q->work, &q->lock);
			q->idle = false;
		}
		if (q->next == q->tail)
			break;
		job = &q->slots[q->next % EMIT_SLOTS];
		pthread_mutex_unlock(&q->lock);
		make_text(job);
		pthread_mutex_lock(&q->lock);
		q->next++;
		/* The main thread waits for room: half the ring, not a slot
		 * (or the last, when it drains). */
		if (q->waiting && q->tail - q->next <= EMIT_SLOTS / 2)
			pthread_cond_signal(&q->made);
	}
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

/* The main thread, with the lock: the made products into their entries. */
static void retire_made(struct import_txn *tx)
{
	struct emit_queue *q = tx->emit;

	for (; q->head < q->next; q->head++) {
		struct emit_job *job = &q->slots[q->head % EMIT_SLOTS];
		struct entry *e = job->type == RECORD_PRODUCER ?
				  &tx->prod[job->idx] : &tx->item[job->idx];

		if (job->failed) {
			/* As txn_freeze inline: nothing will be written, the tree kept. */
			txn_free_frozen(e);
			e->r = job->r;
			tx->failed = true;
			diag_move(&tx->failures, &job->dl);
		} else {
			e->text = job->text;
			e->len = job->len;
		}
		memset(job, 0, sizeof(*job));
	}
}

void txn_emit_start(struct import_txn *tx, size_t rows)
{
	struct emit_queue *q;
	sigset_t held, old;

	if (tx->s->dry_run || rows < EMIT_THREAD_ROWS || store_threads() < 2)
		return;
	q = xcalloc(1, sizeof(*q));
	if (pthread_mutex_init(&q->lock, NULL))
		goto no_thread;
	if (pthread_cond_init(&q->work, NULL))
		goto no_work;
	if (pthread_cond_init(&q->made, NULL))
		goto no_made;
	/* The signals are the main thread's: its handler removes the temp files. */
	sigemptyset(&held);
	sigaddset(&held, SIGINT);
	sigaddset(&held, SIGTERM);
	sigaddset(&held, SIGHUP);
	sigaddset(&held, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &held, &old);
	if (pthread_create(&q->thread, NULL, emit_worker, q)) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		pthread_cond_destroy(&q->made);
		goto no_made;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	tx->emit = q;
	return;
no_made:
	pthread_cond_destroy(&q->work);
no_work:
	pthread_mutex_destroy(&q->lock);
no_thread:
	free(q);	/* inline, then: the same files */
}

/* The main thread, with the lock: wait for the worker to make one more. */
static void wait_made(struct emit_queue *q)
{
	if (q->idle)	/* fewer than a burst wait: it is theirs now */
		pthread_cond_signal(&q->work);
	q->waiting = true;
	pthread_cond_wait(&q->made, &q->lock);
	q->waiting = false;
}

bool txn_emit_queue(struct import_txn *tx, struct entry *e)
{
	struct emit_queue *q = tx->emit;
	struct emit_job *job;

	if (!q)
		return false;
	pthread_mutex_lock(&q->lock);
	while (q->tail - q->head == EMIT_SLOTS) {
		retire_made(tx);
		if (q->tail - q->head == EMIT_SLOTS)
			wait_made(q);
	}
	job = &q->slots[q->tail % EMIT_SLOTS];
	job->type = e->type;
	job->idx = (size_t)(e - (e->type == RECORD_PRODUCER ? tx->prod : tx->item));
	job->r = e->r;
	e->r = NULL;
	q->tail++;
	if (q->idle && q->tail - q->next >= EMIT_BURST)
		pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->lock);
	return true;
}

void txn_emit_drain(struct import_txn *tx)
{
	struct emit_queue *q = tx->emit;

	if (!q)
		return;
	pthread_mutex_lock(&q->lock);
	while (q->next != q->tail)
		wait_made(q);
	retire_made(tx);
	pthread_mutex_unlock(&q->lock);
}

void txn_emit_stop(struct import_txn *tx)
{
	struct emit_queue *q = tx->emit;

	if (!q)
		return;
	txn_emit_drain(tx);
	pthread_mutex_lock(&q->lock);
	q->stop = true;
	pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->lock);
	pthread_join(q->thread, NULL);
	pthread_cond_destroy(&q->made);
	pthread_cond_destroy(&q->work);
	pthread_mutex_destroy(&q->lock);
	free(q);
	tx->emit = NULL;
}
