"""The batch run: walk, skip what is done, process the rest in worker processes, record every outcome."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass, field

from docparse import __version__
from docparse.batch.files import (RECORDS_DIR, atomic_write, inside, json_line, record_relpath, remove_stale_temps,
                                  staging_folder)
from docparse.batch.lock import OutputLock
from docparse.batch.manifest import Manifest
from docparse.batch.walk import Input, classify, walk
from docparse.batch.workers import Died, Timeout
from docparse.errors import DocparseError, ExitCode, InputFileError



@dataclass
class Task:
    """What a worker needs for one document; small and picklable."""

    path: str
    doc_id: str
    record_path: str
    ocr: str
    page_jobs: int
    repair: bool
    redactor: object = None  # a docparse.redact.Redactor: records written redacted
    limits: object = None  # a docparse.read.limits.Limits (None: the defaults)
    container: bool = False  # a ZIP archive or an e-mail: several documents (_process_container)


@dataclass
class Outcome:
    status: str  # "done" or "failed"
    error: str | None = None
    exit_code: int = ExitCode.OK
    sha256: str | None = None
    pages: int = 0
    warnings: int = 0
    seconds: float = 0.0
    record_bytes: int = 0
    members: list[str] = field(default_factory=list)  # a container's other records (their paths)


def lost(result: Timeout | Died) -> Outcome:
    """The outcome of a document whose worker was lost: killed when it overran its time, or dead."""
    seconds = result.seconds if isinstance(result, Timeout) else 0.0
    return Outcome("failed", error=result.message, exit_code=result.exit_code, seconds=seconds)


@dataclass
class Summary:
    """What the batch did; ``exit_code`` is the worst of its failures (0 when none failed)."""

    out: str
    total: int = 0
    done: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    with_warnings: int = 0
    pages: int = 0
    seconds: float = 0.0
    exit_code: int = ExitCode.OK
    interrupted: bool = False

    def fail(self, path: str, reason: str, exit_code: int = ExitCode.INPUT_ERROR) -> None:
        self.failed.append((path, reason))
        self.exit_code = max(self.exit_code, exit_code)


def process_one(task: Task, *, content: bytes | None = None, hand_back=None) -> Outcome:
    """Run the pipeline on one input and write its record atomically (in a worker process).

    ``content``: the input's bytes when they were sent rather than read from ``task.path``;
    ``hand_back(path, bytes)``, when given, receives each record instead of it being written here
    (a Dask worker hands them back to the batch, which writes them).
    """
    from docparse.pipeline import process

    start = time.perf_counter()
    try:
        if task.container:
            return _process_container(task, start, content, hand_back)
        record = process(task.path, ocr=task.ocr, jobs=task.page_jobs, repair=task.repair, redactor=task.redactor,
                         limits=task.limits, data=content)
        data = (json_line(record, indent=1) + "\n").encode("utf-8")
        (hand_back or atomic_write)(task.record_path, data)
    except InputFileError as err:
        return _failed(err.problem + (f" ({err.hint})" if err.hint else ""), err.exit_code, start)
    except DocparseError as err:
        return _failed(str(err) + (f" ({err.hint})" if err.hint else ""), err.exit_code, start)
    except OSError as err:  # writing the record
        return _failed(f"record cannot be written ({err.strerror or err})", ExitCode.INPUT_ERROR, start)
    except Exception as err:  # a bug must not take the batch down
        return _failed(f"internal error: {type(err).__name__}: {err}", ExitCode.INTERNAL, start)
    return Outcome(
        "done",
        sha256=record["source"]["sha256"],
        pages=record["source"]["pages"],
        warnings=len(record.get("warnings") or ()),
        seconds=time.perf_counter() - start,
        record_bytes=len(data),
    )


def member_record_path(record_path: str, member: str, used: set[str] | None = None) -> str:
    """Where a container's document other than its first goes: beside the container's record,
    'x.zip!a.docx.json' (the member's folders flattened, the name made safe). Two members whose
    flattened names are equal ('a/b.txt', 'a_b.txt') are numbered as `run -o` numbers them
    ('x.zip!a_b.txt.2.json'); ``used`` holds the paths this container has taken."""
    from docparse.batch.files import RECORD_SUFFIX, safe_component

    folder, own = os.path.split(record_path[: -len(RECORD_SUFFIX)])
    base, n = own + "!" + member.replace("/", "_"), 1
    path = os.path.join(folder, safe_component(base) + RECORD_SUFFIX)
    while used is not None and path in used:
        n += 1
        path = os.path.join(folder, safe_component(f"{base}.{n}") + RECORD_SUFFIX)
    if used is not None:
        used.add(path)
    return path


def remove_container_records(record_path: str, members: list[str] = ()) -> None:
    """A failed or changed container's records (its own and its members') and its staging folder."""
    import shutil

    shutil.rmtree(staging_folder(record_path), ignore_errors=True)
    for path in (record_path, *members):
        try:
            os.unlink(path)
        except OSError:
            pass


def _process_container(task: Task, start: float, content: bytes | None = None, hand_back=None) -> Outcome:
    """A ZIP archive's members or an e-mail and its attachments: the first document's record at
    the container's record path (the e-mail's own; an archive's first member), every other one
    beside it. Members that cannot be read are counted as warnings of the outcome; the container
    fails only when none of its documents could be read.

    The records are staged and moved into place when the container is done: one that fails or
    is killed midway leaves no records (the batch removes the staging folder). Each document
    done restarts the clock, so --timeout counts per member document, not for the whole archive."""
    import shutil

    from docparse.pipeline import process_all

    pages = warnings = 0
    problems: list[str] = []
    first_bytes = 0
    staged: list[tuple[str, str]] = []  # (staged file, or the record's bytes for ``hand_back``; its record path)
    used: set[str] = set()
    # Locally the records are staged beside the container's record and moved into place at the
    # end; a Dask worker hands them to the batch, which writes them once the task is done, so its
    # records appear all together too.
    staging = None if hand_back else staging_folder(task.record_path)
    if staging:
        shutil.rmtree(staging, ignore_errors=True)  # a killed run's
        os.makedirs(staging)
    try:
        for record in process_all(task.path, ocr=task.ocr, jobs=task.page_jobs, repair=task.repair,
                                  redactor=task.redactor, limits=task.limits, data=content):
            if isinstance(record, DocparseError):
                problems.append(str(record))
                continue
            path = task.record_path
            if staged:
                member = record["source"]["path"][len(task.path) + 1:]
                path = member_record_path(task.record_path, member, used)
            data = (json_line(record, indent=1) + "\n").encode("utf-8")
            if staging:
                tmp = os.path.join(staging, f"{len(staged)}.json")
                atomic_write(tmp, data)
                staged.append((tmp, path))
            else:
                staged.append((data, path))
            if len(staged) == 1:
                first_bytes = len(data)
            pages += record["source"]["pages"]
            warnings += len(record.get("warnings") or ())
        if not staged:
            return _failed("; ".join(problems) or "no documents inside", ExitCode.INPUT_ERROR, start)
        for staged_as, path in staged:
            if staging:
                os.replace(staged_as, path)
            else:
                hand_back(path, staged_as)
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
    # sha256 None: the manifest keeps the container's own hash (classify's), not a member's.
    return Outcome("done", sha256=None, pages=pages, warnings=warnings + len(problems),
                   seconds=time.perf_counter() - start, record_bytes=first_bytes,
                   error="; ".join(problems) or None, members=[path for _tmp, path in staged[1:]])


def _failed(reason: str, code: int, start: float) -> Outcome:
    return Outcome("failed", error=reason, exit_code=code, seconds=time.perf_counter() - start)


def _worker_init(lock_fd: int | None, parent: int, single_thread_ocr: bool, temp_dir: str | None = None) -> None:
    # The forked worker shares the lock's file description; it must not keep OUT locked after the batch dies.
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass
    try:  # Linux: die with the batch instead of lingering as an orphan
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    if single_thread_ocr:
        # Tesseract's OpenMP threads would multiply with our processes (as OCRmyPDF also limits them).
        os.environ["OMP_THREAD_LIMIT"] = "1"
    if temp_dir is not None:
        # The worker's temporary files (OCR page images, a converted .doc, its engines' own) go to a
        # folder of the run, which the main process removes also when it killed the worker.
        import tempfile

        os.environ["TMPDIR"] = temp_dir
        tempfile.tempdir = temp_dir


def plan(jobs: int, documents: int) -> tuple[int, int]:
    """(documents in parallel, OCR page jobs per document) within a budget of ``jobs`` processes.

    Both levels share the budget, so they never multiply into oversubscription: many documents run
    one process each with serial pages; a few large scans split the cores among their pages.
    """
    workers = max(1, min(jobs, documents))
    return workers, max(1, jobs // workers)


def execute(tasks: list[Task], workers: int, lock_fd: int | None = None, *, timeout: float | None = None,
            fn=process_one):
    """Yield (task, outcome) as workers finish, in completion order.

    A worker that dies (segfault in a PDF library, OOM kill) fails only the file it was on; a document
    still running after ``timeout`` seconds (per page while OCR'd) has its worker killed and fails
    "timed out after N s". Either way the worker is replaced and the batch goes on.
    """
    if not tasks:
        return
    import tempfile

    from docparse.batch.workers import WorkerPool

    with tempfile.TemporaryDirectory(prefix="docparse-batch-") as temp_dir, \
            WorkerPool(fn, workers, timeout=timeout, init=_worker_init,
                       init_args=(lock_fd, os.getpid(), workers > 1, temp_dir)) as pool:
        for task, result in pool.run(tasks):
            yield task, lost(result) if isinstance(result, (Timeout, Died)) else result


def available_cpus() -> int:
    """Cores this process may run on (respects taskset/cgroup affinity, unlike os.cpu_count())."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _options(ocr: str, repair: bool, redactor=None) -> dict:
    options = {"ocr": ocr, "repair": repair}
    if redactor is not None:  # only then, so earlier batches' manifests still match
        options["redact"] = redactor.fingerprint
    return options


def _is_unchanged(prev: dict | None, item: Input, options: dict, record_path: str) -> bool:
    if not prev or prev.get("status") != "done":
        return False
    if prev.get("sha256") != item.sha256 or prev.get("pipeline_version") != __version__:
        return False
    if prev.get("options") != options:
        return False
    try:  # the record must still be there, whole (atomic writes: its size tells)
        return os.stat(record_path).st_size == prev.get("record_bytes")
    except OSError:
        return False


def run_batch(
    inputs: list[str],
    out: str,
    *,
    jobs: int | None = None,
    force: bool = False,
    ocr: str = "auto",
    repair: bool = True,
    progress=None,
    on_outcome=None,
    redactor=None,
    timeout: float | None = None,
    limits=None,
    executor=None,
) -> Summary:
    """Process every supported file under ``inputs`` into one record each under ``out``/records.

    ``progress`` is a factory ``total -> Progress`` (or None); ``on_outcome(entry)`` is called with each
    manifest entry as it is written; ``timeout`` the seconds a document may take (per page while OCR'd;
    None: no limit); ``limits`` a docparse.read.limits.Limits; ``executor`` runs the tasks elsewhere
    than in this machine's worker processes (docparse.batch.dask_executor.DaskExecutor: its
    ``execute(tasks, timeout=)`` yields (task, outcome) with the records written). Raises
    OutputLockedError if another batch holds ``out``.
    """
    jobs = jobs or available_cpus()
    start = time.monotonic()
    os.makedirs(out, exist_ok=True)
    summary = Summary(out=out)
    with OutputLock(out) as lock:
        records_root = os.path.join(out, RECORDS_DIR)
        os.makedirs(records_root, exist_ok=True)
        remove_stale_temps(records_root)
        manifest = Manifest(out)
        options = _options(ocr, repair, redactor)
        _root, items = walk(inputs, exclude=[out])
        summary.total = len(items)

        def note(entry: dict) -> None:
            manifest.append(entry)
            if on_outcome:
                on_outcome(entry)

        pending: list[tuple[Input, str]] = []  # (input, its record's path) to process
        for item in items:
            prev = manifest.get(item.id)
            classify(item, prev.get("sha256") if prev and prev.get("status") == "done" else None, limits)
            if item.status == "todo":
                rel = record_relpath(item.id)
                record_path = os.path.join(records_root, rel)
                if not force and _is_unchanged(prev, item, options, record_path):
                    summary.unchanged += 1
                    continue
                try:
                    os.makedirs(os.path.dirname(record_path), exist_ok=True)
                    if not inside(record_path, records_root):
                        raise OSError(0, "would be written outside the output folder")
                except OSError as err:
                    item.status, item.reason = "failed", f"record cannot be written ({err.strerror or err})"
                else:
                    pending.append((item, record_path))
                    continue
            if item.status == "skipped":
                summary.skipped.append((item.path, item.reason))
            else:
                summary.fail(item.path, item.reason)
            if not prev or (prev.get("status"), prev.get("error")) != (item.status, item.reason):
                note(_entry(item, item.status, error=item.reason))  # unchanged news is not rewritten

        if pending and executor is None:  # loaded once here, the pipeline is shared by the forked workers
            import docparse.pipeline  # noqa: F401  (and a resume stays light)
        workers, page_jobs = plan(jobs, len(pending))
        if executor is not None:
            page_jobs = 1  # a Dask worker is one core: a document's pages run one after another there
        tasks = [Task(item.path, item.id, record_path, ocr, page_jobs, repair, redactor, limits,
                      container=item.kind in ("zip", "eml", "msg"))
                 for item, record_path in pending]
        by_task = {item.id: item for item, _path in pending}
        bar = progress(len(tasks)) if progress else None
        try:
            outcomes = (execute(tasks, workers, lock.fd, timeout=timeout) if executor is None
                        else executor.execute(tasks, timeout=timeout))
            for task, outcome in outcomes:
                item = by_task[task.doc_id]
                if task.container:
                    _tidy_container(task, outcome, manifest.get(task.doc_id), out)
                if outcome.status == "done":
                    summary.done += 1
                    summary.pages += outcome.pages
                    summary.with_warnings += outcome.warnings > 0
                else:
                    summary.fail(item.path, outcome.error, outcome.exit_code)
                rel = os.path.relpath(task.record_path, out).replace(os.sep, "/")
                note(_entry(item, outcome.status, error=outcome.error, outcome=outcome, options=options,
                            record=rel if outcome.status == "done" else None))
                if bar:
                    bar.advance(outcome.pages)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            if bar:
                bar.close()
            manifest.compact()
    summary.seconds = time.monotonic() - start
    return summary


def _tidy_container(task: Task, outcome: Outcome, prev: dict | None, out: str) -> None:
    """A container's records after its run: all of them gone when it failed (its staging folder
    too, if its worker was killed); when done, the members' records of the last run that this
    run did not write (members gone from a changed archive) removed. ``outcome.members`` become
    paths relative to OUT, as the manifest keeps them."""
    earlier = [os.path.normpath(os.path.join(out, rel)) for rel in (prev or {}).get("members") or ()]
    if outcome.status != "done":
        remove_container_records(task.record_path, earlier)
        return
    now = {os.path.normpath(p) for p in outcome.members}
    for path in earlier:
        if path not in now:
            try:
                os.unlink(path)
            except OSError:
                pass
    outcome.members = [os.path.relpath(p, out).replace(os.sep, "/") for p in outcome.members]


def _entry(item: Input, status: str, *, error=None, outcome: Outcome | None = None, options=None, record=None) -> dict:
    entry = {
        "id": item.id,
        "path": item.path,
        "status": status,
        "error": error,
        "sha256": (outcome.sha256 if outcome and outcome.sha256 else item.sha256),
        "pipeline_version": __version__,
        "options": options,
        "pages": outcome.pages if outcome else 0,
        "seconds": round(outcome.seconds, 4) if outcome else 0.0,
        "warnings": outcome.warnings if outcome else 0,
        "record": record,
        "record_bytes": outcome.record_bytes if outcome and record else None,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    if outcome and outcome.members and record:  # a container's other records, removed with it later
        entry["members"] = outcome.members
    return entry
