#!/usr/bin/env python3
"""Trivial alerter to check that the world loads: fetch every feed and every linked page, post nothing.
With --oracle LABELS it posts one alert (title, summary, link) per development group, to exercise scoring.
Usage: harness.py <corpus> --project <any dir> --cmd "python3 src/check_world.py --config {config}" (cwd = project)."""
import sys, json, re, urllib.request, yaml, xml.etree.ElementTree as ET, os
cfg = yaml.safe_load(open(sys.argv[sys.argv.index('--config')+1]))
oracle = sys.argv[sys.argv.index('--oracle')+1] if '--oracle' in sys.argv else None
state = os.path.join(os.path.dirname(cfg['database'].replace('sqlite:///','')), 'probe.json')
seen = json.load(open(state)) if os.path.exists(state) else {"pages": [], "groups": []}
links = []
for f in cfg['feeds']:
    body = urllib.request.urlopen(f['url'], timeout=5).read()
    root = ET.fromstring(body)
    for el in root.iter():
        if el.tag == 'link' and el.text and '/articles/' in el.text: links.append(el.text)
        if el.tag.endswith('}link') and el.get('href') and '/articles/' in el.get('href'): links.append(el.get('href'))
bad = 0
for l in links:
    if l in seen['pages']: continue
    r = urllib.request.urlopen(l, timeout=5)
    html = r.read().decode('utf-8')
    assert r.status == 200 and '<html' in html, l
    seen['pages'].append(l)
if oracle:
    lab = yaml.safe_load(open(oracle))
    arts = {a['id']: a for a in lab['articles']}
    tok = os.environ['TELEGRAM_BOT_TOKEN']
    for l in sorted(seen['pages'], key=lambda u: arts[re.search(r'/articles/(.+)\.html', u).group(1)]['published']):
        a = arts[re.search(r'/articles/(.+)\.html', l).group(1)]
        if a['label'] in ('new_development','status_change') and a['group'] not in seen['groups']:
            seen['groups'].append(a['group'])
            text = f"{a['title']}\n{a['summary']}\n{l}"
            data = json.dumps({"chat_id": cfg['telegram']['chat_ids'][0], "text": text}).encode()
            req = urllib.request.Request(f"{cfg['telegram']['api_base_url']}{tok}/sendMessage", data=data, headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=5).read()
json.dump(seen, open(state, 'w'))
