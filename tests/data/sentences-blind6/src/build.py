import random, re, yaml, sys
sys.path.insert(0, '.')
import en, ru, ja
ORDER = ["id", "lang", "headline", "lead", "second", "label", "move", "kind", "why"]
out = []
for lang, mod, seed in (("en", en, 61), ("ru", ru, 62), ("ja", ja, 63)):
    items = list(mod.ITEMS)
    random.Random(seed).shuffle(items)
    for i, d in enumerate(items, 1):
        d = dict(d); d["id"] = f"s6-{lang}-{i:03d}"; d["lang"] = lang
        out.append({k: d[k] for k in ORDER})
class D(yaml.SafeDumper): pass
def flowmove(dumper, data):
    if set(data) == {"matter", "to"}:
        return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=False)
D.add_representer(dict, flowmove)
with open("../items.yaml", "w") as f:
    f.write("# Blind sentence set 6: short news items on the Russia-Japan peace treaty / Kuril Islands dispute.\n")
    f.write("# Known facts: the five seed documents (known as of 2024-02-08). See README.md.\n")
    yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)
print(len(out))
