"""Writes a tiny TorchScript text encoder and its WordPiece vocab.txt for test_script_student.

Usage: make_tiny_encoder.py OUTPUT_DIR. Needs Debian's python3-torch (/usr/bin/python3).
The encoder follows the contract of core/student/script_student.h:
forward(input_ids: Long[B, L], attention_mask: Long[B, L]) -> Float[B, H].
"""
import os
import sys

import torch


class TinyEncoder(torch.nn.Module):
    def __init__(self, vocab_size: int, hidden: int):
        super().__init__()
        self.embedding = torch.nn.Embedding(vocab_size, hidden, padding_idx=0)
        self.layer = torch.nn.TransformerEncoderLayer(
            d_model=hidden, nhead=2, dim_feedforward=2 * hidden, dropout=0.1, batch_first=True)
        self.norm = torch.nn.LayerNorm(hidden)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        states = self.layer(self.embedding(input_ids),
                            src_key_padding_mask=attention_mask == 0)
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.norm(pooled)


def main() -> None:
    out = sys.argv[1]
    torch.manual_seed(0)
    words = ["red", "green", "blue", "yellow", "apple", "lime", "sky", "sun",
             "the", "is", "a", "very", "bright", "thing"]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words + ["##s", "##ish", "."]
    with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    encoder = torch.jit.script(TinyEncoder(len(vocab), 16))
    encoder.save(os.path.join(out, "encoder.pt"))


if __name__ == "__main__":
    main()
