"""Peer for the export benchmark: mapnik (python3-mapnik) loads a GeoJSON file and renders it at 4096x4096 in Web
Mercator, land fill and a 1 px outline over a sea background, then writes a PNG. Usage: mapnik_world.py IN OUT.png"""
import sys

import mapnik

m = mapnik.Map(4096, 4096, 'epsg:3857')
m.background = mapnik.Color('#c9dde8')
style = mapnik.Style()
rule = mapnik.Rule()
fill = mapnik.PolygonSymbolizer()
fill.fill = mapnik.Color('#f3f0e7')
rule.symbols.append(fill)
line = mapnik.LineSymbolizer()
line.stroke = mapnik.Color('#1f6fb2')
line.stroke_width = 1.0
rule.symbols.append(line)
style.rules.append(rule)
m.append_style('world', style)
layer = mapnik.Layer('world')
layer.srs = 'epsg:4326'
layer.datasource = mapnik.Datasource(type='geojson', file=sys.argv[1])
layer.styles.append('world')
m.layers.append(layer)
half = 20037508.342789244
m.zoom_to_box(mapnik.Box2d(-half, -half * 85 / 85.0511, half, half * 85 / 85.0511))
mapnik.render_to_file(m, sys.argv[2], 'png')
