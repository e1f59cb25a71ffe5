"""The embedders: the fake one's contract, and OpenVINO giving sentence-transformers' vectors without torch."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsfuse.annotate import embed
from newsfuse.annotate.embed import DIM, FakeEmbedder, MiniLMEmbedder, get_embedder

SENTENCES = [
    "The mayor said the bridge would reopen on Monday.",
    "The bridge will reopen Monday, the mayor said.",
    "Rain is expected across the north this weekend.",
    "",
    "Zürich’s “Großmünster” was closed — briefly — on 3 March 😀.",
    " ".join(["word"] * 400),  # longer than the model's 256 tokens: truncated, as sentence-transformers does
    "The mayor said the bridge would reopen on Monday.",  # a repeat, as in a syndicated copy
]
MIN_COSINE = 0.9999  # same weights, same pooling: only rounding differs (bfloat16 products, where the CPU has them)


def test_fake_embedder_is_deterministic_and_normalised() -> None:
    a = FakeEmbedder().embed(SENTENCES)
    b = FakeEmbedder().embed(SENTENCES)
    assert a.shape == (len(SENTENCES), DIM) and a.dtype == np.float32
    assert np.array_equal(a, b)
    norms = np.linalg.norm(a, axis=1)
    assert np.allclose(norms[norms > 0], 1.0, atol=1e-6)
    assert float(a[0] @ a[1]) > float(a[0] @ a[2])  # shared words, closer vectors


def test_get_embedder_is_one_per_process_and_rejects_unknown_kinds() -> None:
    assert get_embedder("fake") is get_embedder("fake")
    assert get_embedder("minilm").name == "minilm"
    with pytest.raises(ValueError, match="unknown embedder"):
        get_embedder("word2vec")


def test_no_texts_load_no_model() -> None:
    e = MiniLMEmbedder(model_file=Path("/nonexistent.xml"))
    assert e.embed([]).shape == (0, DIM)
    assert e._model is None


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed OpenVINO model, or one exported now from the packaged weights (needs torch)."""
    if embed.model_path().is_file():
        return embed.model_path()
    return embed.export(tmp_path_factory.mktemp("openvino") / "minilm.xml")


@pytest.mark.slow
def test_openvino_vectors_match_sentence_transformers(model_file: Path) -> None:
    openvino = MiniLMEmbedder(model_file=model_file)
    torch = MiniLMEmbedder(model_file=Path("/nonexistent.xml"))
    assert openvino.runtime == "openvino" and torch.runtime == "torch"
    a, b = openvino.embed(SENTENCES), torch.embed(SENTENCES)
    assert a.shape == b.shape == (len(SENTENCES), DIM) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    cosines = (a * b).sum(axis=1)
    assert cosines.min() > MIN_COSINE, cosines
    assert np.array_equal(a[0], a[-1])
    assert float(a[0] @ a[1]) > float(a[0] @ a[2])  # a paraphrase is closer than an unrelated sentence


@pytest.mark.slow
def test_openvino_never_imports_torch_nor_phones_home(model_file: Path) -> None:
    code = (
        "import sys, multiprocessing; from pathlib import Path; from newsfuse.annotate.embed import MiniLMEmbedder;"
        f"e = MiniLMEmbedder(model_file=Path({str(model_file)!r})); v = e.embed(['One sentence.', 'Another.']);"
        "assert e.runtime == 'openvino' and v.shape == (2, 384);"
        "assert 'torch' not in sys.modules, 'torch was imported';"
        "assert sys.modules.get('openvino_telemetry') is None, 'openvino_telemetry was imported';"
        "assert not multiprocessing.active_children(), multiprocessing.active_children()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two cores to tell pinned from free")
def test_openvino_leaves_its_thread_free_to_run_on_any_core(model_file: Path) -> None:
    """Pinned, the inference thread of every process went to the same core: two workers embedding at once
    shared one core while the other idled."""
    model = MiniLMEmbedder(model_file=model_file)
    model.embed(["warm up"])
    cores = len(os.sched_getaffinity(0))
    seen: set[int] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for task in os.listdir("/proc/self/task"):
                try:
                    seen.add(len(os.sched_getaffinity(int(task))))
                except OSError:  # the thread ended
                    pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    model.embed([f"Sentence number {i} about the weather in town." for i in range(400)])
    done.set()
    watcher.join()
    assert seen == {cores}


@pytest.mark.slow
def test_openvino_runs_attention_with_its_own_ops_not_a_generated_kernel(model_file: Path) -> None:
    """OpenVINO's generated ("snippets") attention kernel took a third of the time on short sentences."""
    model = MiniLMEmbedder(model_file=model_file)
    model.embed(["warm up"])
    compiled: Any = model._load()
    kinds = {op.get_rt_info()["layerType"].astype(str) for op in compiled.model.get_runtime_model().get_ordered_ops()}
    assert "FullyConnected" in kinds and "Subgraph" not in kinds


def test_export_cli_without_flag_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert embed.main([]) == 2
    assert "--export" in capsys.readouterr().out
