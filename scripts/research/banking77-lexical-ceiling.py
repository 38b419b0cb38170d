#!/usr/bin/env python3
"""How far can a purely lexical method go on the banking77 FAQ suite?

Trains standard lexical text classifiers (TF-IDF word 1-2 grams and/or character 2-5 grams,
logistic regression or a linear SVM) on the only labelled text a shop would have: each FAQ
entry's question and alternatives (7 phrasings per entry, 77 entries). Scores them on
`dev-suite.jsonl` with the same measure as `counterpart eval` (first source right).

Research only: not part of the app or its tests. Needs Debian's python3-sklearn
(`apt-get install -y python3-sklearn`) and ../shared/data beside the checkout.
Run: /usr/bin/python3 scripts/research/banking77-lexical-ceiling.py
"""
import csv
import json
import os
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_union
from sklearn.svm import LinearSVC

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'banking77-faq')
if not os.path.isdir(DATA):
    sys.exit(f'not found: {DATA}')

train_x, train_y = [], []
with open(os.path.join(DATA, 'faq.csv'), newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        # The question ends with the intent name in brackets; keep only what a person wrote.
        phrasings = [row['question'].split(' (')[0]] + [a for a in row['alternatives'].split('|') if a]
        train_x += phrasings
        train_y += ['faq:' + row['id']] * len(phrasings)

with open(os.path.join(DATA, 'dev-suite.jsonl'), encoding='utf-8') as f:
    cases = [json.loads(line) for line in f if line.strip()]
test_x = [c['message'] for c in cases]
gold = [c['expect']['sources'][0] for c in cases]


def words():
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)


def chars():
    return TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), sublinear_tf=True)


MODELS = [
    ('linear SVM, words', words, lambda: LinearSVC(C=1)),
    ('linear SVM, characters', chars, lambda: LinearSVC(C=1)),
    ('linear SVM, words + characters', lambda: make_union(words(), chars()), lambda: LinearSVC(C=1)),
    ('logistic regression C=10, words + characters', lambda: make_union(words(), chars()), lambda: LogisticRegression(C=10, max_iter=5000)),
    ('logistic regression C=100, words + characters', lambda: make_union(words(), chars()), lambda: LogisticRegression(C=100, max_iter=5000)),
]

print(f'{len(train_x)} training phrasings, {len(set(train_y))} entries, {len(cases)} test messages')
for name, features, classifier in MODELS:
    vectorizer = features()
    model = classifier().fit(vectorizer.fit_transform(train_x), train_y)
    predicted = model.predict(vectorizer.transform(test_x))
    hit = sum(p == g for p, g in zip(predicted, gold)) / len(gold)
    print(f'{hit:.3f}  {name}')
