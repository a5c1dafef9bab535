"""Writes a deterministic CSV of synthetic news-like samples for the store_scale benchmark.

usage: generate_samples.py OUT.csv ROWS
Columns id,text,label,source; ~100-byte texts, 5 labels, some texts with commas, quotes and
newlines so the CSV quoting paths are exercised at scale.
"""
import csv
import random
import sys

LABELS = ["World", "Sports", "Business", "Sci/Tech", "Health"]
TOPIC_WORDS = {
    "World": "minister election border treaty embassy protest summit refugees capital parliament",
    "Sports": "match season coach striker league final tournament goal champion injury",
    "Business": "shares profit market quarter merger investors bank earnings prices deal",
    "Sci/Tech": "software chip launch researchers network data satellite device update study",
    "Health": "vaccine patients hospital doctors trial virus diet clinic disease treatment",
}
COMMON = ("the a of to in on for with after over says said new report week year as by "
          "from at amid plans first more than").split()


def main():
    out, rows = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20251121)
    topic = {label: words.split() for label, words in TOPIC_WORDS.items()}
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "text", "label", "source"])
        for i in range(rows):
            label = LABELS[rng.randrange(5)]
            words = []
            while sum(len(w) + 1 for w in words) < 95:
                pool = topic[label] if rng.random() < 0.35 else COMMON
                words.append(pool[rng.randrange(len(pool))])
            text = " ".join(words).capitalize()
            roll = rng.random()
            if roll < 0.05:
                text = text.replace(" ", ", ", 1)
            elif roll < 0.07:
                text = f'"{text}" quoted'
            elif roll < 0.08:
                text = text.replace(" ", "\n", 1)
            writer.writerow([f"n{i}", text, label, "wire" if i % 3 else "web"])


if __name__ == "__main__":
    main()
