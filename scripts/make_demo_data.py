#!/usr/bin/env python3
"""Writes the bundled demo project data under resources/demo/ (deterministic, seed fixed).

The texts are composed from hand-written fragments below: customer messages to "Pedalo", a
fictional city bike-sharing service, in five classes. The teacher answers are *simulated*: a
rule-based stand-in for a CA_all LLM teacher that is mostly right, names several labels for
ambiguous messages, puts a wrong label first about one time in ten, and sometimes answers in a
form that cannot be parsed. Nothing here was produced by or copied from a real LLM or dataset.

Usage: scripts/make_demo_data.py [OUTPUT_DIR]   (default: resources/demo)
"""
import json
import pathlib
import random
import sys

LABELS = [
    {"name": "billing", "aliases": ["payment", "charges"],
     "description": "Charges, refunds, invoices, prices, passes and payment methods."},
    {"name": "bike_repair", "aliases": ["repair", "broken bike"],
     "description": "A physical problem with a bike or dock: brakes, tyres, chain, lights, seat, lock."},
    {"name": "app_issue", "aliases": ["app", "app problem"],
     "description": "The phone app misbehaves: crashes, map, unlock codes, GPS, notifications."},
    {"name": "account", "aliases": ["login", "profile"],
     "description": "Sign-in, password, e-mail or phone changes, verification, deleting the account."},
    {"name": "feedback", "aliases": ["praise", "suggestion"],
     "description": "Compliments, complaints about the service in general, ideas and wishes."},
]

CORE = {
    "billing": [
        "I was charged twice for the same ride",
        "my monthly pass renewed although I cancelled it",
        "the invoice for March shows a ride I never took",
        "I would like a refund for the ride that ended early",
        "why did the price per minute go up",
        "my credit card was declined but the money left my account",
        "the receipt is missing the VAT number of my company",
        "I paid for a day pass and got charged per minute anyway",
        "there is a fee of 15 euros I do not understand",
        "can I pay with a prepaid card",
        "the student discount was not applied",
        "I got billed for 3 hours because the ride never ended",
    ],
    "bike_repair": [
        "the front brake of bike {n} barely works",
        "bike {n} has a flat rear tyre",
        "the chain keeps jumping off on bike {n}",
        "the seat post of bike {n} slides down while riding",
        "the light on bike {n} is dead",
        "the dock at the station cannot lock bike {n}",
        "the handlebar of bike {n} is loose",
        "the pedals of bike {n} are bent",
        "the basket of bike {n} is broken and scratches your leg",
        "the bell on bike {n} is missing",
        "the gears on bike {n} slip in every gear",
        "bike {n} makes a grinding noise from the back wheel",
    ],
    "app_issue": [
        "the app crashes every time I open the map",
        "the unlock code in the app is never accepted",
        "the app shows bikes at stations that are empty",
        "GPS in the app puts me two streets away",
        "I get no notification when my ride ends",
        "the app is stuck on the loading screen",
        "the QR scanner in the app does not focus",
        "the app logs me out after every update",
        "ride history in the app is empty",
        "the app drains my battery in an hour",
        "the app is only in English although my phone is set to Dutch",
        "after the last update the app cannot find any station",
    ],
    "account": [
        "I forgot my password and the reset mail never arrives",
        "please change the e-mail address on my profile",
        "how do I delete my account and all my data",
        "my phone number changed and I cannot verify the new one",
        "I cannot sign in with my old username",
        "someone else seems to be using my account",
        "I want to merge my two accounts",
        "the verification of my driving licence photo fails",
        "can I add my partner to my account",
        "my account is blocked without any reason given",
        "I never received the confirmation code by SMS",
        "how do I change the name on my profile",
    ],
    "feedback": [
        "thank you for the new station near the park",
        "the bikes are always clean, great job",
        "please add more stations in the north of the city",
        "it would be nice to reserve a bike in advance",
        "your service saves me twenty minutes every morning",
        "the staff at the central hub were really friendly",
        "I would love electric bikes on the hilly routes",
        "a child seat option would help families",
        "the new bikes are much lighter, well done",
        "please keep the service running in winter",
        "I miss the old colour of the bikes",
        "a weekly pass would suit tourists",
    ],
}

# A second concern some messages mention besides the main one (the source of real ambiguity).
SECONDARY = {
    "billing": ["and I still got charged for it", "and now I want my money back",
                "and the ride was billed anyway"],
    "bike_repair": ["and the brakes felt weak too", "and the tyre was half flat as well"],
    "app_issue": ["because the app froze", "and the app showed an error"],
    "account": ["and now I cannot log in either", "and my profile looks wrong since then"],
    "feedback": ["otherwise I love the service", "but overall you are doing great"],
}

OPENERS = ["", "Hi, ", "Hello, ", "Good morning, ", "Hey team, ", "Dear Pedalo, ", "Quick question: "]
CLOSERS = ["", ".", ". Thanks!", ". Please help.", ". Can you look into it?", "!", ". Regards."]

UNPARSEABLE = [
    "I am not able to tell what this message is about.",
    "This message needs a human to read it.",
    "Sorry, I cannot classify this.",
]


def compose(rng, label, secondary):
    core = rng.choice(CORE[label]).replace("{n}", str(rng.randint(100, 999)))
    text = core
    if secondary:
        text += " " + rng.choice(SECONDARY[secondary])
    opener = rng.choice(OPENERS)
    if opener:
        text = opener + text
    else:
        text = text[0].upper() + text[1:]
    return text + rng.choice(CLOSERS)


def answer_text(rng, labels):
    """Formats a label list the way chat models tend to: mostly JSON, sometimes prose."""
    style = rng.random()
    if style < 0.80:
        return json.dumps(labels)
    if style < 0.90:
        return "```json\n" + json.dumps(labels) + "\n```"
    if len(labels) == 1:
        return f"This message is about {labels[0]}."
    return "Possible categories: " + ", ".join(labels) + "."


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "resources/demo")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20250603)
    names = [label["name"] for label in LABELS]
    samples, seen = [], set()
    while len(samples) < 300:
        gold = names[len(samples) % len(names)]
        secondary = None
        if rng.random() < 0.25:
            secondary = rng.choice([n for n in names if n != gold])
        text = compose(rng, gold, secondary)
        if text in seen:
            continue
        seen.add(text)
        samples.append({"id": f"msg-{len(samples) + 1:03d}", "text": text, "label": gold,
                        "secondary": secondary})
    rng.shuffle(samples)

    answers = []
    for sample in samples:
        gold, secondary = sample["label"], sample["secondary"]
        others = [n for n in names if n != gold]
        roll = rng.random()
        if roll < 0.03:
            answers.append({"text": sample["text"], "answer": rng.choice(UNPARSEABLE)})
            continue
        if roll < 0.13:  # a wrong label first: the teacher's typical mistake
            wrong = secondary or rng.choice(others)
            labels = [wrong, gold] if rng.random() < 0.7 else [wrong]
        elif secondary:
            labels = [gold, secondary]
        elif roll < 0.30:
            labels = [gold, rng.choice(others)]
        else:
            labels = [gold]
        answers.append({"text": sample["text"], "answer": answer_text(rng, labels)})

    with open(out / "labels.json", "w", encoding="utf-8") as f:
        json.dump({"labels": LABELS}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(out / "samples.jsonl", "w", encoding="utf-8") as f:
        for sample in sorted(samples, key=lambda s: s["id"]):
            f.write(json.dumps({"id": sample["id"], "text": sample["text"],
                                "label": sample["label"]}, ensure_ascii=False) + "\n")
    with open(out / "teacher_answers.jsonl", "w", encoding="utf-8") as f:
        for answer in sorted(answers, key=lambda a: a["text"]):
            f.write(json.dumps(answer, ensure_ascii=False) + "\n")
    # A small few-shot pool of further messages (not among the samples).
    pool_rng = random.Random(7)
    pool, index = [], 0
    while len(pool) < 25:
        label = names[index % len(names)]
        text = compose(pool_rng, label, None)
        index += 1
        if text in seen:
            continue
        seen.add(text)
        pool.append({"text": text, "label": label})
    with open(out / "fewshot_pool.jsonl", "w", encoding="utf-8") as f:
        for example in pool:
            f.write(json.dumps(example, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
