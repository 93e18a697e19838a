"""Writes an interchange GeoJSON file of zone annotations of about SIZE_MB megabytes, or MAX_FEATURES of them if that
comes first (valid 64-gons over eastern Ukraine), one feature a line, for the streaming figures of streaming.sh.
Usage: big_annotations.py OUT.geojson SIZE_MB [MAX_FEATURES]"""
import math
import sys

out, size_mb = sys.argv[1], float(sys.argv[2])
limit = int(size_mb * 1024 * 1024)
max_features = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 62
ring = [(math.cos(2 * math.pi * k / 64), math.sin(2 * math.pi * k / 64)) for k in range(64)]
written = 0
with open(out, 'w', encoding='utf-8') as f:
    f.write('{"type":"FeatureCollection","features":[\n')
    i = 0
    while written < limit and i < max_features:
        cx, cy, r = 30 + (i % 997) * 0.01, 46 + (i // 997 % 991) * 0.01, 0.004
        pts = [[round(cx + r * x, 6), round(cy + r * y, 6)] for x, y in ring]
        pts.append(pts[0])
        coords = ','.join('[%s,%s]' % (x, y) for x, y in pts)
        line = ('%s{"type":"Feature","properties":{"kind":"zone","id":"z%d","title":"zone %d","side":"russia"},'
                '"geometry":{"type":"Polygon","coordinates":[[%s]]}}\n' % (',' if i else '', i, i, coords))
        f.write(line)
        written += len(line)
        i += 1
    f.write(']}\n')
print(i)
