/*
 * import-emit.c — new records' files made beside the rows (see
 * import-int.h).
 *
 * A new record whose row passed is kept as the text of its file, which
 * only the commit reads (and, for a producer a later row changes,
 * txn_thaw, which waits for it).  Making that text (record_canonicalize,
 * yaml_emit and its read-back, DESIGN §2) and making its temp file
 * (open, write, close: the filesystem's work) are two thirds of a fresh
 * import, so a worker thread does them while the main thread reads the
 * next rows; the commit is left with the renames and a short sync, as a
 * flusher thread has had the disk write the files made so far.
 *
 * The worker makes every file, in the order queued: two threads making
 * files in one folder spin on the folder's lock in the kernel.  The text
 * is made by whichever side has time: the main thread makes it itself
 * when the worker has a burst of records waiting, else hands the tree
 * over.  The worker owns a tree from txn_emit_queue on and frees it; it
 * touches nothing else of the import, and of the store only store_stage.
 * Its results wait in their slot of a small ring (which bounds the trees
 * held) until the main thread retires them, in the order they were
 * queued, into their entries and, for a failure, the import's failures:
 * the same messages in the same order as if each record had been made
 * at its row.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/util.h"

/* Records in flight: 256 trees of 4 KiB or more, at most. */
#define EMIT_SLOTS 256

/*
 * The worker is woken when this many wait, not at each: a wake-up is a
 * system call and a switch (20,000 of them cost more than the thread
 * saved), and in bursts each side mostly runs on.  With this many
 * waiting the main thread makes the next texts itself.
 */
#define EMIT_BURST 16

/* Below this many rows the thread costs more than it saves. */
#define EMIT_THREAD_ROWS 256

/*
 * Files made between two flushes (store_stage_flush): the disk writes
 * them while the rows are still read, and the commit's sync, which must
 * come before the first rename, waits for the last few thousand only.
 */
#define EMIT_FLUSH_FILES 4096

struct emit_job {
	size_t idx;		/* the entry, in tx->prod or tx->item by type */
	enum record_type type;
	const char *id;		/* the entry's: it outlives the job */
	struct record *r;	/* the tree, until its text is made; given back on a failure */
	char *text;		/* the file's text (a product's is not kept once staged) */
	size_t len;
	size_t slot;		/* the file staged, or STORE_UNSTAGED */
	struct diag_list dl;	/* why it could not be made */
	bool failed;		/* no text: r is given back */
	bool unstaged;		/* text, but its file could not be made */
};

/*
 * Counters that only grow, slots taken modulo EMIT_SLOTS: [head, done)
 * made, waiting to be retired by the main thread; [done, tail) queued,
 * the worker's.  The slot at tail is the main thread's until tail
 * passes it.  Each side touches only its own slots outside the lock.
 */
struct emit_queue {
	struct store *stage;	/* the batch's store when files are made, else NULL */
	pthread_t worker, flusher;
	bool has_flusher;
	bool stage_failed;	/* the worker's: a file could not be made, make no more */
	pthread_mutex_t lock;
	pthread_cond_t work, made, flush;
	struct emit_job slots[EMIT_SLOTS];
	size_t head, done, tail;
	size_t flushed;		/* done at the last flush */
	bool stop;
	bool idle;		/* the worker waits for work */
	bool flush_idle;	/* the flusher waits */
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

/* The worker: the text if the main thread left it, then the temp file. */
static void make_file(struct emit_queue *q, struct emit_job *job)
{
	if (job->r && !job->failed)
		make_text(job);
	/* After a failure (a full disk) nothing will be written: one message. */
	if (job->failed || !q->stage || q->stage_failed)
		return;
	if (store_stage(q->stage, job->type, job->id, job->text, job->len,
			&job->slot, &job->dl)) {
		job->unstaged = q->stage_failed = true;
		return;
	}
	/* No row reads a new product's text again: only the file is kept. */
	if (job->type == RECORD_PRODUCT) {
		free(job->text);
		job->text = NULL;
	}
}

/* With the lock: can the main thread, waiting, go on? */
static bool main_may_go_on(const struct emit_queue *q)
{
	/* All made (a drain ends), or half the ring (not a slot at a time). */
	return q->done == q->tail || q->done - q->head >= EMIT_SLOTS / 2;
}

static void *emit_worker(void *arg)
{
	struct emit_queue *q = arg;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		struct emit_job *job;

		while (q->done == q->tail && !q->stop) {
			q->idle = true;
			pthread_cond_wait(&q->work, &q->lock);
			q->idle = false;
		}
		if (q->done == q->tail)
			break;
		job = &q->slots[q->done % EMIT_SLOTS];
		pthread_mutex_unlock(&q->lock);
		make_file(q, job);
		pthread_mutex_lock(&q->lock);
		q->done++;
		if (q->waiting && main_may_go_on(q))
			pthread_cond_signal(&q->made);
		if (q->flush_idle && q->done - q->flushed >= EMIT_FLUSH_FILES)
			pthread_cond_signal(&q->flush);
	}
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

/* The flusher: the files made so far to disk, a few thousand at a time. */
static void *emit_flusher(void *arg)
{
	struct emit_queue *q = arg;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		while (!q->stop && q->done - q->flushed < EMIT_FLUSH_FILES) {
			q->flush_idle = true;
			pthread_cond_wait(&q->flush, &q->lock);
			q->flush_idle = false;
		}
		if (q->stop)
			break;
		q->flushed = q->done;
		pthread_mutex_unlock(&q->lock);
		store_stage_flush(q->stage);
		pthread_mutex_lock(&q->lock);
	}
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

/* The main thread, with the lock: the made records into their entries, in order. */
static void retire_made(struct import_txn *tx)
{
	struct emit_queue *q = tx->emit;

	for (; q->head < q->done; q->head++) {
		struct emit_job *job = &q->slots[q->head % EMIT_SLOTS];
		struct entry *e = job->type == RECORD_PRODUCER ?
				  &tx->prod[job->idx] : &tx->item[job->idx];

		if (job->failed) {
			/* As txn_freeze inline: nothing will be written, the tree kept. */
			txn_free_frozen(e);
			e->r = job->r;
		} else {
			e->text = job->text;
			e->len = job->len;
			e->staged = job->slot == STORE_UNSTAGED ? 0 :
				    (unsigned)job->slot + 1;
		}
		if (job->failed || job->unstaged) {
			tx->failed = true;
			diag_move(&tx->failures, &job->dl);
		}
		memset(job, 0, sizeof(*job));
	}
}

/* Start the threads with the signals held: the handler is the main thread's. */
static bool start_threads(struct emit_queue *q)
{
	sigset_t held, old;
	bool started;

	sigemptyset(&held);
	sigaddset(&held, SIGINT);
	sigaddset(&held, SIGTERM);
	sigaddset(&held, SIGHUP);
	sigaddset(&held, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &held, &old);
	started = !pthread_create(&q->worker, NULL, emit_worker, q);
	/* Without a flusher, the one sync at the end waits for every file. */
	if (started && q->stage)
		q->has_flusher = !pthread_create(&q->flusher, NULL, emit_flusher, q);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return started;
}

static void free_queue(struct emit_queue *q)
{
	pthread_cond_destroy(&q->flush);
	pthread_cond_destroy(&q->made);
	pthread_cond_destroy(&q->work);
	pthread_mutex_destroy(&q->lock);
	free(q);
}

void txn_emit_start(struct import_txn *tx, size_t rows)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct emit_queue *q;

	if (tx->s->dry_run || rows < EMIT_THREAD_ROWS || store_threads() < 2)
		return;
	q = xcalloc(1, sizeof(*q));
	if (pthread_mutex_init(&q->lock, NULL) || pthread_cond_init(&q->work, NULL) ||
	    pthread_cond_init(&q->made, NULL) || pthread_cond_init(&q->flush, NULL))
		BUG("pthread_mutex_init or pthread_cond_init failed");
	/* A row makes a product and a producer at most (or a producer again). */
	if (tx->s->batch && !store_stage_reserve(tx->s, 2 * rows, &ignore))
		q->stage = tx->s;
	diag_list_release(&ignore);	/* else each file at its turn, as inline */
	if (!start_threads(q)) {
		free_queue(q);	/* inline, then: the same files */
		return;
	}
	tx->emit = q;
}

/* The main thread, with the lock: wait for the worker to make more. */
static void wait_made(struct emit_queue *q)
{
	if (q->idle)	/* fewer than a burst wait: they are its now */
		pthread_cond_signal(&q->work);
	q->waiting = true;
	pthread_cond_wait(&q->made, &q->lock);
	q->waiting = false;
}

bool txn_emit_queue(struct import_txn *tx, struct entry *e)
{
	struct emit_queue *q = tx->emit;
	struct emit_job *job;
	bool text_here;

	if (!q)
		return false;
	pthread_mutex_lock(&q->lock);
	while (q->tail - q->head == EMIT_SLOTS) {
		retire_made(tx);
		if (q->tail - q->head == EMIT_SLOTS)
			wait_made(q);
	}
	job = &q->slots[q->tail % EMIT_SLOTS];
	/* The worker has a burst to make: this one's text is made here. */
	text_here = q->tail - q->done >= EMIT_BURST;
	pthread_mutex_unlock(&q->lock);
	job->type = e->type;
	job->idx = (size_t)(e - (e->type == RECORD_PRODUCER ? tx->prod : tx->item));
	job->id = e->id;
	job->r = e->r;
	job->slot = STORE_UNSTAGED;
	e->r = NULL;
	if (text_here)
		make_text(job);
	pthread_mutex_lock(&q->lock);
	q->tail++;
	if (q->idle && q->tail - q->done >= EMIT_BURST)
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
	while (q->done != q->tail)
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
	pthread_cond_signal(&q->flush);
	pthread_mutex_unlock(&q->lock);
	pthread_join(q->worker, NULL);
	if (q->has_flusher)
		pthread_join(q->flusher, NULL);
	free_queue(q);
	tx->emit = NULL;
}
