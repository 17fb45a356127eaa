"""ingest from a URL through fsspec: an S3 bucket (a moto server this module starts on 127.0.0.1), file://, memory://
give the records a local folder gives, named by their URL; unchanged objects come from the cache undownloaded."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from libmeet import api, ingest
from libmeet.cli import main
from libmeet.errors import RemoteError

from .test_archives import NEWS_PLEASE, dev_files, dev_warc, records, report, without_place

fsspec = pytest.importorskip("fsspec")
s3fs = pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")


@pytest.fixture(scope="module")
def endpoint():
    """A local S3 (moto's server mode) on 127.0.0.1, and the environment that points fsspec at it."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "FSSPEC_S3_ENDPOINT_URL": url, "NO_PROXY": "127.0.0.1"}
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    fsspec.config.set_conf_env(fsspec.config.conf)  # fsspec read its FSSPEC_* variables at import: read them again
    try:
        yield url
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        fsspec.config.conf.pop("s3", None)


@pytest.fixture
def bucket(endpoint) -> tuple[s3fs.S3FileSystem, str]:
    fs = s3fs.S3FileSystem(endpoint_url=endpoint, key="testing", secret="testing", skip_instance_cache=True)
    name = f"archive-{uuid.uuid4().hex[:8]}"
    fs.mkdir(name)
    return fs, name


@pytest.fixture(scope="module")
def folder_records(tmp_path_factory) -> list[dict]:
    dev_files()
    out = tmp_path_factory.mktemp("folder")
    ingest(Path(dev_files()[0]).parent, out, jobs=0, cache=False)
    return records(out)


def upload(fs: s3fs.S3FileSystem, prefix: str, files: list[Path]) -> None:
    fs.pipe({f"{prefix}/{f.name}": f.read_bytes() for f in files})


def test_an_s3_prefix_gives_the_records_of_the_folder(bucket, folder_records, tmp_path):
    fs, name = bucket
    upload(fs, f"{name}/dev", dev_files())
    fs.pipe(f"{name}/dev/notes/.hidden.txt", b"not read")
    fs.pipe(f"{name}/dev/logo.png", b"\x89PNG not read")
    summary = ingest(f"s3://{name}/dev/", tmp_path / "out", jobs=2, cache=False)
    assert summary.files == len(dev_files()) and summary.errors == 0
    got = records(tmp_path / "out")
    assert [r["source"]["path"] for r in got] == \
        [f"s3://{name}/dev/{Path(r['source']['path']).name}" for r in folder_records]
    assert [without_place(r) for r in got] == [without_place(r) for r in folder_records]


def test_archives_in_a_bucket_are_streamed(bucket, tmp_path):
    fs, name = bucket
    fs.pipe(f"{name}/crawl/dev.warc.gz", dev_warc(tmp_path / "dev.warc.gz").read_bytes())
    fs.pipe(f"{name}/crawl/dump.jsonl", json.dumps(NEWS_PLEASE, ensure_ascii=False).encode() + b"\n")
    ingest(tmp_path / "dev.warc.gz", tmp_path / "local", jobs=0, cache=False)
    summary = ingest(f"s3://{name}/crawl", tmp_path / "out", jobs=0, cache=False)
    assert summary.files == len(dev_files()) + 1
    paths = [e["path"] for e in report(tmp_path / "out")]
    assert paths[0] == f"s3://{name}/crawl/dev.warc.gz#0" and paths[-1] == f"s3://{name}/crawl/dump.jsonl#1"
    local = records(tmp_path / "local")
    assert [without_place(r) for r in records(tmp_path / "out")[:len(local)]] == [without_place(r) for r in local]


def test_a_rerun_downloads_only_what_changed(bucket, tmp_path, monkeypatch):
    fs, name = bucket
    files = dev_files()[:12]
    upload(fs, f"{name}/dev", files)
    first = ingest(f"s3://{name}/dev", tmp_path / "out", jobs=0)
    before = (tmp_path / "out" / "events.json").read_bytes()
    fetched: list[str] = []
    real_fetch = api.RemoteTree.fetch
    monkeypatch.setattr(api.RemoteTree, "fetch",
                        lambda self, wanted, max_bytes: fetched.extend(f.display for f in wanted)
                        or real_fetch(self, wanted, max_bytes))
    again = ingest(f"s3://{name}/dev", tmp_path / "out", jobs=0)
    assert (first.cached, again.cached, fetched) == (0, len(files), [])
    assert (tmp_path / "out" / "events.json").read_bytes() == before
    fs.pipe(f"{name}/dev/{files[3].name}", files[3].read_bytes() + "\nSửa.".encode())
    third = ingest(f"s3://{name}/dev", tmp_path / "out", jobs=0)
    assert (third.cached, fetched) == (len(files) - 1, [f"s3://{name}/dev/{files[3].name}"])


def test_file_and_memory_urls(folder_records, tmp_path):
    raw = Path(dev_files()[0]).parent
    ingest(f"file://{raw.as_posix()}", tmp_path / "file", jobs=0, cache=False)
    got = records(tmp_path / "file")
    assert [r["source"]["path"] for r in got] == [f"file://{r['source']['path']}" for r in folder_records]
    memory = fsspec.filesystem("memory")
    where = f"/libmeet-test-{uuid.uuid4().hex[:8]}"
    memory.pipe({f"{where}/a/{f.name}": f.read_bytes() for f in dev_files()[:5]})
    ingest(f"memory://{where}", tmp_path / "memory", jobs=0, cache=False)
    assert [e["path"] for e in report(tmp_path / "memory")] == \
        [f"memory://{where}/a/{f.name}" for f in dev_files()[:5]]


def test_a_url_with_nothing_there_is_a_usage_error(bucket, tmp_path):
    _, name = bucket
    with pytest.raises(RemoteError, match="nothing is there"):
        ingest(f"memory:///libmeet-gone-{uuid.uuid4().hex}", tmp_path / "out", jobs=0)
    result = CliRunner().invoke(main, ["ingest", f"s3://{name}-gone/x", "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: cannot list s3://{name}-gone/x")


def test_cli_ingests_a_bucket(bucket, tmp_path):
    fs, name = bucket
    upload(fs, f"{name}/dev", dev_files()[:4])
    result = CliRunner().invoke(main, ["ingest", f"s3://{name}/dev", "--out", str(tmp_path / "out"), "--quiet",
                                       "--jobs", "0"])
    assert result.exit_code == 0, result.output
    assert [e["path"] for e in report(tmp_path / "out")] == [f"s3://{name}/dev/{f.name}" for f in dev_files()[:4]]
