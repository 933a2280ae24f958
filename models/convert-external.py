#!/usr/bin/env python3
"""Converts the other-scheme corpora in ../shared/data to PaperGraph gold files annotated for some kinds only.

  models/convert-external.py OUT_DIR

writes OUT_DIR/tdmsci-gold.json + tdmsci-papers.jsonl (TDMSci TASK and DATASET, eight sentences a pseudo-paper: its
character offsets run on across whole documents) and OUT_DIR/scierc-gold.json + scierc-papers.jsonl (SciERC Task spans
only; its Method is any method phrase and its Material is not our dataset). The kinds a corpus does not annotate are
written as null, so `papergraph train` treats them as unknown rather than absent. Figures of training with them are in
models/README.md; they are not in the built-in model.
"""
import json, os, sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data')


def tdmsci(out):
    sentences, sentence = [], []
    for line in open(os.path.join(SHARED, 'tdmsci', 'train_1500_v2.conll'), encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) < 3:
            if sentence:
                sentences.append(sentence)
                sentence = []
            continue
        sentence.append((parts[0], int(parts[1]), parts[2]))
    if sentence:
        sentences.append(sentence)
    papers, gold = [], []
    for k in range(0, len(sentences), 8):
        text, spans = '', []
        for sentence in sentences[k:k + 8]:
            if text:
                text += ' '
            base, start, current = sentence[0][1], len(text), None
            for token, offset, tag in sentence:
                position = start + offset - base
                text += ' ' * (position - len(text)) if position > len(text) else (' ' if position < len(text) else '')
                begin = len(text)
                text += token
                if tag.startswith('B-'):
                    current = [tag[2:], begin, len(text)]
                    spans.append(current)
                elif tag.startswith('I-') and current and current[0] == tag[2:]:
                    current[2] = len(text)
                else:
                    current = None
        number = k // 8 + 1
        title = f'TDMSci excerpt {number}'
        entry = {'id': f'tdmsci-{number}', 'title': title, 'split': 'train', 'method': None, 'dataset': [], 'technique': None, 'task': []}
        seen = set()
        for label, begin, end in spans:
            kind = {'TASK': 'task', 'DATASET': 'dataset'}.get(label)
            name = ' '.join(text[begin:end].split())
            if kind and (kind, name.lower()) not in seen:
                seen.add((kind, name.lower()))
                entry[kind].append({'name': name, 'aliases': [], 'long_form': None})
        papers.append({'id': entry['id'], 'title': title, 'abstract': text})
        gold.append(entry)
    write(out, 'tdmsci', papers, gold)


def scierc(out):
    papers, gold = [], []
    for k, line in enumerate(open(os.path.join(SHARED, 'scierc', 'train.json'), encoding='utf-8')):
        document = json.loads(line)
        tokens = [token for sentence in document['sentences'] for token in sentence]
        tasks, seen = [], set()
        for sentence in document['ner']:
            for start, end, label in sentence:
                name = ' '.join(tokens[start:end + 1])
                if label == 'Task' and name.lower() not in seen:
                    seen.add(name.lower())
                    tasks.append({'name': name, 'aliases': [], 'long_form': None})
        title = f'SciERC abstract {k + 1}'
        papers.append({'id': f'scierc-{k + 1}', 'title': title, 'abstract': ' '.join(tokens)})
        gold.append({'id': f'scierc-{k + 1}', 'title': title, 'split': 'train', 'method': None, 'dataset': None, 'technique': None, 'task': tasks})
    write(out, 'scierc', papers, gold)


def write(out, name, papers, gold):
    with open(os.path.join(out, f'{name}-gold.json'), 'w', encoding='utf-8') as file:
        json.dump(gold, file)
    with open(os.path.join(out, f'{name}-papers.jsonl'), 'w', encoding='utf-8') as file:
        file.writelines(json.dumps(paper) + '\n' for paper in papers)
    print(f'{name}: {len(papers)} pseudo-papers', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(sys.argv[1], exist_ok=True)
    tdmsci(sys.argv[1])
    scierc(sys.argv[1])
