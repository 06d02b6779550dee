#!/usr/bin/env python3
"""List the dates of matched events (score.py's matching) that are wrong or missing, with their evidence.

usage: date_errors.py PRED.jsonl GOLD.json... [--lang en] [--all]

For each gold event with a date that score.py matches to a predicted event, prints the file, the type, the gold and
predicted dates, the predicted and gold evidence, and a first guess at the class of the error:
  none      no date predicted (class a, or e when the paragraph gives one)
  pubyear   the predicted year is the publication year and the gold year is earlier (class c)
  insent    the gold year is written in the predicted evidence sentence (class b: another clause's date taken)
  other     the gold year is not in the sentence (relative expression, carried context, table column: d, e or f)
Only the year is compared (score.py's "year" figure); --all also lists the right ones.
Run from the project root (score.py is read from ../shared/eval). The classes are guesses for reading, not figures.
"""
import json, sys, os, re, collections
import importlib.util
spec = importlib.util.spec_from_file_location('score', os.path.join('..', 'shared', 'eval', 'score.py'))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)


def main(argv):
    lang = None; show_all = False; args = []
    it = iter(argv)
    for a in it:
        if a == '--lang': lang = next(it)
        elif a == '--all': show_all = True
        else: args.append(a)
    preds = {}
    for l in open(args[0]):
        l = l.strip()
        if not l: continue
        o = json.loads(l); preds[os.path.basename(o['document']['file'])] = o
    counts = collections.Counter(); n = 0
    for gf in args[1:]:
        gold = json.load(open(gf)); doc = gold['document']; name = os.path.basename(doc['file'])
        if lang and doc.get('lang') != lang: continue
        p = preds.get(name)
        if p is None: print('no prediction for', name, file=sys.stderr); continue
        pub = str(doc.get('published') or '')[:4]
        gi, pi = S.entity_forms(gold.get('entities')), S.entity_forms(p.get('entities'))
        def ov(g, q):
            gs = [S.forms_of(x, gi) for x in g.get('participants') or []]
            ps = [S.forms_of(x, pi) for x in q.get('participants') or []]
            return sum(1 for a in gs if any(a & b for b in ps))
        gev, pev = gold.get('events') or [], p.get('events') or []
        for i, j in S.greedy(gev, pev, lambda g, q: ov(g, q) if g.get('type') == q.get('type') else 0):
            g, q = gev[i], pev[j]
            gy, py = S.year(g.get('date')), S.year(q.get('date'))
            if gy is None: continue
            n += 1
            ok = gy == py
            if ok:
                cls = 'ok'
            elif py is None:
                cls = 'none'
            elif py == pub and gy < pub:
                cls = 'pubyear'
            elif gy in (q.get('evidence') or ''):
                cls = 'insent'
            else:
                cls = 'other'
            counts[cls] += 1
            if ok and not show_all: continue
            fmt = lambda d: None if not d else d.get('value') + ('/' + d['mod'] if d.get('mod') else '')
            print(f"[{cls}] {name} (pub {doc.get('published')}) {g['type']} {g.get('participants')}: gold {fmt(g.get('date'))} pred {fmt(q.get('date'))}")
            print('   pred:', (q.get('evidence') or '')[:300].replace('\n', ' '))
            if (g.get('evidence') or '')[:60] not in (q.get('evidence') or ''):
                print('   gold:', (g.get('evidence') or '')[:300].replace('\n', ' '))
    print(f"{n} matched events with a gold date; " + ', '.join(f'{k} {v}' for k, v in counts.most_common()))


if __name__ == '__main__':
    main(sys.argv[1:])
