#!/usr/bin/python3
"""Writes a tiny random-weight BERT-shaped model that Transformers.js can load offline.

Tests use it to run the real Transformers.js loading and feature-extraction path on a
machine that cannot reach the Hugging Face Hub. The weights are seeded, so the output is
reproducible; the files are committed so CI needs no Python.

Needs Debian's python3-onnx and python3-numpy:  /usr/bin/python3 scripts/make-tiny-model.py
"""
import json
import os
import string

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "tiny-bert")
HIDDEN = 32
MAX_POSITIONS = 128
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# Whole words for a few common terms, then single characters so any text tokenises.
WORDS = ["the", "party", "masses", "community", "governance", "chapter", "concentric", "circle", "urban", "consultation"]
CHARS = list(string.ascii_lowercase + string.digits + string.punctuation)
VOCAB = SPECIALS + WORDS + CHARS + ["##" + c for c in string.ascii_lowercase + string.digits]


def tokenizer_json():
    vocab = {token: i for i, token in enumerate(VOCAB)}
    special = lambda t: {"id": vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True}
    template = lambda t: {"SpecialToken": {"id": t, "type_id": 0}}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [special(t) for t in SPECIALS],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True, "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [template("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, template("[SEP]")],
            "pair": [template("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, template("[SEP]"), {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]} for t in ["[CLS]", "[SEP]"]},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100, "vocab": vocab},
    }


def graph():
    rng = np.random.default_rng(7)
    init = lambda name, shape: numpy_helper.from_array((rng.standard_normal(shape) * 0.5).astype(np.float32), name)
    ints = lambda name, values: numpy_helper.from_array(np.array(values, dtype=np.int64), name)
    nodes = [
        helper.make_node("Gather", ["word_embeddings", "input_ids"], ["words"]),
        helper.make_node("Gather", ["type_embeddings", "token_type_ids"], ["types"]),
        helper.make_node("Shape", ["input_ids"], ["shape"]),
        helper.make_node("Gather", ["shape", "one"], ["seq_len"], axis=0),
        helper.make_node("Range", ["zero", "seq_len", "one"], ["positions"]),
        helper.make_node("Gather", ["position_embeddings", "positions"], ["pos"]),
        helper.make_node("Add", ["words", "types"], ["sum1"]),
        helper.make_node("Add", ["sum1", "pos"], ["sum2"]),
        helper.make_node("MatMul", ["sum2", "dense_w"], ["mm"]),
        helper.make_node("Add", ["mm", "dense_b"], ["pre"]),
        helper.make_node("Tanh", ["pre"], ["last_hidden_state"]),
    ]
    dims = ["batch_size", "sequence_length"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, dims) for n in ["input_ids", "attention_mask", "token_type_ids"]]
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, dims + [HIDDEN])
    initializers = [
        init("word_embeddings", (len(VOCAB), HIDDEN)),
        init("type_embeddings", (2, HIDDEN)),
        init("position_embeddings", (MAX_POSITIONS, HIDDEN)),
        init("dense_w", (HIDDEN, HIDDEN)),
        init("dense_b", (HIDDEN,)),
        ints("zero", 0),
        ints("one", 1),
    ]
    g = helper.make_graph(nodes, "tiny-bert", inputs, [output], initializers)
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)], producer_name="thesis-bot")
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model


def main():
    os.makedirs(os.path.join(OUT, "onnx"), exist_ok=True)
    config = {"model_type": "bert", "architectures": ["BertModel"], "hidden_size": HIDDEN, "vocab_size": len(VOCAB),
              "max_position_embeddings": MAX_POSITIONS, "num_hidden_layers": 1, "num_attention_heads": 1, "type_vocab_size": 2}
    tok_config = {"tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": MAX_POSITIONS,
                  "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]", "mask_token": "[MASK]"}
    for name, data in [("config.json", config), ("tokenizer_config.json", tok_config), ("tokenizer.json", tokenizer_json())]:
        with open(os.path.join(OUT, name), "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
    onnx.save(graph(), os.path.join(OUT, "onnx", "model.onnx"))


if __name__ == "__main__":
    main()
