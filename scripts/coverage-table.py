#!/usr/bin/env python3
# Prints README's "Coverage by language" table from the data: term rows per language (every
# lexicons/<lang>/*.tsv except concepts, names, allowed, paradigms; comments and header not
# counted), concept lists, and the rightslint column of README's UDHR identification table.
# "thin": fewer than 40 entries, the bar tests/engine/lint/lexicon_data_test.cc sets for en/ru/uk.
# The morphology and legal-outline columns restate engine/text/morphology.cc and
# engine/structure/heading_keywords.cc.
import os,csv,glob,re,sys
root=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
langs=["en","ru","uk","be","kk","ky","ro","lt","ka","hy","az","uz","tg"]
morph={"en":"Hunspell en_US + Snowball english","ru":"Hunspell ru_RU + Snowball russian","uk":"Hunspell uk_UA","ro":"Hunspell ro_RO + Snowball romanian","kk":"Hunspell kk_KZ (thin: few affixes)","be":"Hunspell be_BY","lt":"Hunspell lt_LT + Snowball lithuanian","ky":"exact folded forms","ka":"exact folded forms"}
structure={"en","ru","uk","be","ro","lt","ka","kk","ky"}
readme=open(root+'/README.md').read()
acc={m.group(1):m.group(2) for m in re.finditer(r'^\| (\w\w) \| \d+ \| [\d.]+% \| [\d.]+% \| ([\d.]+%) \|',readme,re.M)}
def rows(path):
    if not os.path.exists(path): return []
    out=[]
    lines=[l for l in open(path,encoding='utf-8') if not l.startswith('#') and l.strip()]
    return [l.rstrip('\n').split('\t') for l in lines[1:]]
print("| language | detected | stigma entries | concept lists (terms) | legal outline | morphology | identification (UDHR) |")
print("|---|---|---|---|---|---|---|")
for l in langs:
    d=f'{root}/lexicons/{l}'
    # Without a dictionary (exact folded forms) a term's case forms are rows of their own, with the
    # same rule and alternatives: count those as one term, and say how many forms there are.
    exact = morph.get(l) == "exact folded forms"
    terms=0
    forms=0
    for f in glob.glob(d+'/*.tsv'):
        if os.path.basename(f) in ('concepts.tsv','names.tsv','allowed.tsv','paradigms.tsv'): continue
        table=rows(f)
        forms+=len(table)
        terms+=len({(r[0],r[5]) for r in table}) if exact else len(table)
    c=rows(d+'/concepts.tsv')
    concepts=len({r[0] for r in c})
    rules = l in ["en","ru","uk","be","kk","ky","ro","lt","ka"]
    st = (f"{terms} ({forms} forms)" if exact else str(terms)) if rules else "— (no rules)"
    if rules and 0<terms<40: st+=" (thin)"
    if rules and terms==0: st="0"
    cc = f"{concepts} ({len(c)})" if concepts else "none"
    print(f"| {l} | yes | {st} | {cc} | {'yes' if l in structure else 'no'} | {morph.get(l,'— (not matched)')} | {acc.get(l,'?')} |")
