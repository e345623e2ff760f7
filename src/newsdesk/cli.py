"""Command line: thin — each command calls one library function and prints what it returns."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from newsdesk import __version__
from newsdesk.config import get_settings
from newsdesk.pipeline import RunReport, cluster_stored, ingest, stored_annotations
from newsdesk.store import Store, StoreBusy, StoreError, open_store, shown_url, sqlite_file

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newsdesk: many articles from many outlets in, one cited brief per story out.",
)

DB_HELP = "Database: an SQLite file (default newsdesk.db, or $NEWSDESK_DB)."


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _warn_stale(store: Store) -> None:
    """Stored articles cleaned by an older newsdesk keep their old text and sentences until their files are
    ingested again (the store keeps no raw record to clean them from): say so, with the way out."""
    from newsdesk.clean.version import cleaner_version

    stale = store.count_stale(cleaner_version())
    if stale:
        _err(
            f"newsdesk: {stale:,} stored articles were cleaned by an older version; run `newsdesk ingest` on "
            "their files again to clean them with this one (until then their briefs cite the old sentences)"
        )


@contextmanager
def _store_errors() -> Iterator[None]:
    """A database that cannot be written (read-only, disk full, damaged, locked) ends the command with one line
    naming the file and the reason: exit 3 when another process holds the write lock, else 2."""
    try:
        yield
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(3 if isinstance(exc, StoreBusy) else 2) from exc


def _open(db: str | None, *, reading: bool = False) -> Store:
    """The store named by ``--db`` (or the default), or exit 2 naming it and why. A read command needs it to
    exist: a mistyped path must not leave an empty database behind and list nothing as if all were well."""
    url = db or get_settings().db
    path = sqlite_file(url)
    if reading and path is not None and not Path(path).exists():
        _err(f"{shown_url(url)}: no such database (`newsdesk ingest` creates it)")
        raise typer.Exit(2)
    with _store_errors():  # a folder, read-only, damaged, not newsdesk's: the file and the reason
        try:
            return open_store(url)
        except StoreError:
            raise
        except Exception as exc:  # anything else the backend says: which file and why
            _err(f"{shown_url(url)}: cannot open the database: {exc}")
            raise typer.Exit(2) from exc


def _report(report: RunReport, quiet: bool = False) -> None:
    for rejection in report.rejections:
        _err(f"rejected {rejection.path}: {rejection.reason}")
    if not quiet:
        _err(report.summary())


def _run_ingest(
    paths: list[Path],
    db: str | None,
    command: str,
    quiet: bool = False,
    workers: int = 1,
    progress: bool = False,
    extract: bool = True,
) -> tuple[RunReport, str]:
    url = db or get_settings().db
    store = _open(url)
    try:
        with _store_errors():
            if progress:
                from newsdesk.scale.progress import RunProgress, count_records

                with RunProgress(count_records(paths)) as bar:
                    report = ingest(
                        [str(p) for p in paths], store, command=command, workers=workers, progress=bar, extract=extract
                    )
            else:
                report = ingest([str(p) for p in paths], store, command=command, workers=workers, extract=extract)
    except KeyboardInterrupt as exc:
        kept = shown_url(url)
        _err(f"interrupted: every batch stored so far is kept in {kept}; run the same command again to resume")
        raise typer.Exit(130) from exc
    finally:
        store.close()
    _report(report, quiet)
    return report, url


@app.command("ingest")
def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl(.gz), feeds, WARC."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    strict: bool = typer.Option(False, help="Exit with status 1 when any input is rejected."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes (default: the cores available)."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Clean and store only; skip extraction."),
) -> None:
    """Read, clean, extract (entities, quotes, figures, times) and store articles, with progress on stderr.
    Re-running skips what is already stored (and extracts stored articles that lack extraction)."""
    from newsdesk.scale.pool import default_workers

    command = "ingest " + " ".join(map(str, paths)) + (" --no-extract" if no_extract else "")
    workers = workers or default_workers()
    report, _ = _run_ingest(paths, db, command, workers=workers, progress=True, extract=not no_extract)
    _err(f"run {report.run_id} is kept in the store: newsdesk report {report.run_id}")
    if (strict and report.rejections) or not report.article_ids:
        raise typer.Exit(1)


@app.command("brief")
def brief_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders to brief (ingested first if needed)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("text", "--format", help="text, markdown, json or html."),
    words: int = typer.Option(get_settings().summary_words, "--words", min=10, help="Summary length in words."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Ingest PATH..., then print the brief of their stories: summary with citations and sources."""
    from newsdesk.brief import FORMATS, render
    from newsdesk.brief.assemble import build_group
    from newsdesk.brief.render import brief_document
    from newsdesk.clean.templates import template_sentences

    if fmt not in FORMATS:
        _err(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    from newsdesk.serve.export import UnsafePath, check_output, write_export

    try:
        if output:
            check_output(output)  # before the ingest: a bad -o should not cost the whole run
    except UnsafePath as exc:
        _err(str(exc))
        raise typer.Exit(2) from exc
    report, url = _run_ingest(paths, db, "brief " + " ".join(map(str, paths)), quiet=True)
    ids = list(dict.fromkeys(report.article_ids))
    if not ids:
        _err("no articles to brief: every input was rejected")
        raise typer.Exit(1)
    with _store_errors(), open_store(url) as store:
        articles, groups = cluster_stored(store, ids)
        annotations = stored_annotations(store, articles)  # stored by the ingest above: no second parse
    templates = template_sentences(articles)  # over the whole run: a site template recurs across stories
    stories = [
        build_group(g, words, annotations={a.id: annotations[a.id] for a in g.articles}, templates=templates)
        for g in groups
    ]
    text = render(brief_document(articles, stories), fmt)
    if output:
        try:
            write_export(output, text)
        except UnsafePath as exc:
            _err(str(exc))
            raise typer.Exit(2) from exc
    else:
        sys.stdout.write(text)


@app.command("stories")
def stories_command(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Group every stored article into stories (copies marked), store them, and list them largest first."""
    with _open(db, reading=True) as store, _store_errors():
        _warn_stale(store)
        cluster_stored(store)
        rows = store.list_stories()
        empty = not rows and store.count_articles() == 0
    if empty:  # say so: an empty listing reads as a failure, or as stories still to come
        _err(f"{db or get_settings().db}: no articles stored yet (`newsdesk ingest PATH` adds them)")
    for row in rows:
        dates = f"{row.first or '?'}..{row.last or '?'}"
        copies = f" ({row.copies} copies)" if row.copies else ""
        note = "" if row.reason == "clustered" else f"  [{row.reason}]"
        typer.echo(
            f"{row.id}  {row.size:>4} articles{copies}  {row.events} events  {dates}  {row.title}"
            f"  — {', '.join(row.outlets)}{note}"
        )


@app.command("search")
def search_command(
    query: str = typer.Argument(..., help="Full-text query (SQLite FTS5 syntax)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", min=1),
) -> None:
    """Full-text search over stored articles."""
    import sqlite3

    with _open(db, reading=True) as store, _store_errors():
        try:
            hits = store.search(query, limit)
        except sqlite3.OperationalError as exc:
            _err(f"query {query!r}: {exc}")
            raise typer.Exit(2) from exc
        articles = {a.id: a for a in store.get_articles([h[0] for h in hits])}
    for article_id, snippet in hits:
        typer.echo(f"{article_id}  {articles[article_id].label}  {snippet}")


@app.command("eval")
def eval_command(
    task: str = typer.Argument(..., help="extraction, clustering, timex, quotes, mds or timeline."),
    path: Path = typer.Argument(..., help="An evaluation split in the format of shared/eval/README.md."),
    predictions: Path | None = typer.Option(None, "--predictions", help="Write raw predictions (JSONL)."),
) -> None:
    """Score newsdesk on a public evaluation split; the last line is the metrics as JSON."""
    from newsdesk.errors import InputError
    from newsdesk.evaluate import run_task

    try:
        metrics = run_task(task, path, predictions)
    except (KeyError, FileNotFoundError, InputError) as exc:
        _err(str(exc.args[0]) if exc.args else str(exc))
        raise typer.Exit(2) from exc
    typer.echo(json.dumps(metrics, sort_keys=True))


@app.command("serve")
def serve_command(
    db: str | None = typer.Option(None, "--db", help=DB_HELP + " Or postgresql://..."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    private: bool = typer.Option(False, "--private", help="Reads need the token too (NEWSDESK_TOKEN)."),
) -> None:
    """Serve the web pages and the REST API (/api, /docs) for the stored stories."""
    import uvicorn

    from newsdesk.serve.app import create_app

    settings = get_settings()
    if private and not settings.token:
        _err("--private needs a token: set NEWSDESK_TOKEN")
        raise typer.Exit(2)
    url = db or settings.db
    try:
        with _store_errors():  # the file and the reason, as every other command says them
            application = create_app(url, private=private or settings.private)
    except typer.Exit:
        raise
    except Exception as exc:
        _err(f"{shown_url(url)}: cannot open the database: {exc}")
        raise typer.Exit(2) from exc
    with open_store(url) as store:
        _warn_stale(store)
    _err(f"newsdesk: serving {shown_url(url)} on http://{host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("export")
def export_command(
    story_id: str = typer.Argument(..., help="A story id (see the front page, /api/stories or `newsdesk stories`)."),
    fmt: str = typer.Option("markdown", "--format", help="markdown, html (one self-contained file) or json."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export one story's brief as Markdown, JSON or a self-contained HTML file."""
    from newsdesk.serve import BadRequest, NotFound, Service
    from newsdesk.serve.export import UnsafePath, check_output, write_export
    from newsdesk.serve.service import check_id

    try:
        check_id("story", story_id)
        if output:
            check_output(output)
        with _open(db, reading=True) as store, _store_errors():
            _warn_stale(store)
            text = Service(store).export(story_id, fmt)
        if output:
            write_export(output, text)
        else:
            sys.stdout.write(text)
    except (BadRequest, NotFound, UnsafePath) as exc:
        _err(str(exc.args[0]) if exc.args else str(exc))
        raise typer.Exit(2) from exc


@app.command("runs")
def runs_command(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
) -> None:
    """List recent runs (newest first) with their status and counts per stage."""
    from newsdesk.store.runs import run_line

    with _open(db, reading=True) as store, _store_errors():
        for run in store.runs(limit):
            typer.echo(run_line(run))


@app.command("report")
def report_command(
    run_id: int = typer.Argument(..., help="A run number from `newsdesk runs`."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """A run's report: counts per stage and every rejected input with its reason."""
    from newsdesk.store.runs import report_text, run_report

    with _open(db, reading=True) as store, _store_errors():
        run = store.run(run_id)
        if run is None:
            _err(f"run {run_id}: no such run in {store.path}")
            raise typer.Exit(2)
        report = run_report(run, store.rejections(run_id))
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else report_text(report), nl=as_json)


@app.command("batch")
def batch_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders, as for ingest."),
    out: Path = typer.Option(..., "--out", help="An empty or new folder for the Parquet files."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or ray (Ray Data)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    address: str | None = typer.Option(None, "--address", help="Ray cluster address (default: a local instance)."),
    workers: int = typer.Option(0, "--workers", min=0, help="Processes or Ray actors (default: all CPUs)."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Clean only; skip extraction."),
) -> None:
    """Run the per-article stages (clean, extract) with ENGINE, write Parquet to OUT, then load it into the
    store in input order."""
    from newsdesk.errors import MissingExtra
    from newsdesk.scale.batch import OutputNotEmpty, run_batch

    with _open(db) as store, _store_errors():
        try:
            report = run_batch(
                [str(p) for p in paths],
                out,
                store,
                engine=engine,
                workers=workers or None,
                address=address,
                extract=not no_extract,
            )
        except (OutputNotEmpty, ValueError, MissingExtra) as exc:
            _err(str(exc))
            raise typer.Exit(2) from exc
    _report(report)
    _err(f"run {report.run_id} is kept in the store: newsdesk report {report.run_id}")
    if not report.article_ids:
        raise typer.Exit(1)


@app.command("version")
def version_command() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
