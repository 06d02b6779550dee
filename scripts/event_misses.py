#!/usr/bin/env python3
"""Classify each missed gold event by cause, from EventTrace's JSON lines (see EventTrace.java) and gold files.

usage: event_misses.py TRACE.jsonl GOLD.json... [-v]

For each gold event that score.py's matching leaves unmatched, the sentence its evidence is in is found, and the
miss is put in one class: e (a predicted event of its type from that sentence matched another gold event),
c (an event of its type was made from the sentence, with none of its participants), d (an event of another type
shares a participant), b (a trigger rule of its type fired in the sentence, no event of the type came of it: split by
whether a participant is no entity of the article, cut or mistyped), a (no trigger of its type fired). Each line also
says, for every gold participant, whether the article's entities have it (found, in the sentence or elsewhere;
mistyped; missing; missing-cut: only a shorter or longer name). -v prints every miss with its sentence.
Run from the project root (score.py is read from ../shared/eval).
"""
import json, sys, os, re, glob, collections
import importlib.util
spec = importlib.util.spec_from_file_location('score', os.path.join('..', 'shared', 'eval', 'score.py')); S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
norm, entity_forms, forms_of, greedy = S.norm, S.entity_forms, S.forms_of, S.greedy

def words(t): return set(norm(t).split())

def locate(evid, sents):
    """index of the sentence that best holds the evidence, and the overlap ratio"""
    if not evid: return None, 0
    w = words(evid)
    best, bi = 0, None
    for i, t in enumerate(sents):
        ws = words(t)
        if not ws: continue
        o = len(w & ws) / max(1, len(w))
        if o > best: best, bi = o, i
    return bi, best

def main(trace_path, gold_files, verbose=False):
    traces = {}
    for l in open(trace_path):
        o = json.loads(l); traces[o['file']] = o
    counts = collections.Counter(); sub = collections.Counter()
    tot = [0, 0, 0]
    rows = []
    for gf in gold_files:
        gold = json.load(open(gf)); name = os.path.basename(gold['document']['file'])
        t = traces.get(name)
        if t is None: print('no trace', name, file=sys.stderr); continue
        pred = {'entities': t['entities'], 'events': t['events']}
        gi, pi = entity_forms(gold.get('entities')), entity_forms(pred['entities'])
        def ov(g, p):
            gs = [forms_of(x, gi) for x in g.get('participants') or []]
            ps = [forms_of(x, pi) for x in p.get('participants') or []]
            return sum(1 for a in gs if any(a & b for b in ps))
        gev, pev = gold.get('events') or [], pred['events']
        m = greedy(gev, pev, lambda g, p: ov(g, p) if g['type'] == p['type'] else 0)
        tot[0] += len(m); tot[1] += len(gev); tot[2] += len(pev)
        matched_g = {i: j for i, j in m}; matched_p = {j: i for i, j in m}
        sents = t['all']
        bysent = {s['i']: s for s in t['sentences']}
        # entity lookups
        pent_by_form = {}
        for e in pred['entities']:
            for f in {norm(e['name'])} | {norm(a) for a in e.get('aliases') or []}:
                pent_by_form[f] = e
        gent = {}
        for e in gold.get('entities') or []:
            for f in {norm(e['name'])} | {norm(a) for a in e.get('aliases') or []}:
                gent[f] = e
        for gi_, g in enumerate(gev):
            if gi_ in matched_g: continue
            si, o = locate(g.get('evidence'), sents)
            sent = sents[si] if si is not None and o >= 0.6 else None
            tr = bysent.get(si) if sent is not None else None
            # predicted events told by this sentence
            here = [(j, p) for j, p in enumerate(pev) if sent is not None and p.get('evidence') and (words(p['evidence']) >= words(sent) or words(sent) >= words(p['evidence']) or len(words(p['evidence']) & words(sent)) / max(1,len(words(sent))) > 0.8)]
            # participants status
            pstat = []
            for x in g.get('participants') or []:
                fx = forms_of(x, gi)
                ge = gent.get(norm(x))
                found_ = [pent_by_form[f] for f in sorted(fx) if f in pent_by_form]
                # an entity of the gold type first: "Lu" may be a mistyped short form beside the person's full name
                pe = next((e for e in found_ if ge and e['type'] == ge['type']), found_[0] if found_ else None)
                if pe is None:
                    # name cut / widened?
                    near = [e for e in pred['entities'] if any(f and (f in norm(e['name']) or norm(e['name']) in f) for f in fx) and len(norm(e['name']))>1]
                    pstat.append(('missing-cut' if near else 'missing', x, ge['type'] if ge else '?', near[0]['name'] if near else None))
                else:
                    insent = si in pe['sentences'] if sent is not None else None
                    pstat.append(('found' if pe['type'] == (ge['type'] if ge else pe['type']) else 'mistyped', x, ge['type'] if ge else '?', pe['type'], 'in-sentence' if insent else 'elsewhere'))
            same = [(j, p) for j, p in here if p['type'] == g['type']]
            other = [(j, p) for j, p in here if p['type'] != g['type']]
            # also same-type pred anywhere sharing a participant (matched elsewhere: merged / duplicate)
            share_any = [(j, p) for j, p in enumerate(pev) if p['type'] == g['type'] and ov(g, p) > 0]
            if sent is None:
                cause = 'x-evidence-not-located'
            elif any(j in matched_p and ov(g, p) > 0 for j, p in same):
                cause = 'e-merged (its pred matched another gold event)'
            elif same:
                cause = 'c-participants'
            elif any(ov(g, p) > 0 for _, p in other):
                cause = 'd-wrong-type'
            elif tr is None:
                cause = 'a-heading/not-read'
            elif g['type'] in {x.split(':')[0] for x in tr['trig']}:
                cause = 'b-trigger-fired-no-event' + ('/participant-not-entity-or-mistyped' if any(x[0] in ('missing','missing-cut','mistyped') for x in pstat) else '/all-participants-found')
            elif other:
                cause = 'd-wrong-type(other participants)'
            elif tr['trig']:
                cause = 'a-no-trigger-of-type (other trig)'
            else:
                cause = 'a-no-trigger'
            # participant sub-class
            ps = ','.join(sorted({s_[0] + ('/' + s_[-1] if s_[0] in ('found', 'mistyped') else '') for s_ in pstat}))
            counts[cause] += 1
            sub[(cause, ps)] += 1
            rows.append((name, cause, ps, g, sent, tr, here, pstat))
    print('events tp/gold/pred', tot)
    for c, n in counts.most_common(): print(f'{n:4d} {c}')
    print()
    for (c, ps), n in sorted(sub.items(), key=lambda kv: (kv[0][0], -kv[1])): print(f'{n:4d} {c:45s} {ps}')
    if verbose:
        for name, cause, ps, g, sent, tr, here, pstat in rows:
            print('\n==', name, '|', cause, '|', g['type'], g['participants'], g.get('date'))
            print('   gold ev:', (g.get('evidence') or '')[:200])
            print('   sent   :', (sent or '')[:300])
            if tr: print('   trig:', tr['trig'], 'block', tr.get('block'), 'rules:', [(r['type'], r['participants']) for r in tr['rules']], 'det:', {k: [x['participants'] for x in v][:2] for k, v in tr['detector'].items()})
            print('   here:', [(p['type'], p['participants']) for _, p in here])
            print('   parts:', pstat)

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    main(args[0], args[1:], '-v' in sys.argv)
