"""Writes annotations.geojson, the readable source of the Sudan worked example (April-May 2023), in our own words
from public reporting. Each annotation names its publication and date. Run: python3 make_source.py
Coordinates are approximate (a few km): they place the events, they do not survey them."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def poly(*pts):
    return {"type": "Polygon", "coordinates": [[list(p) for p in pts] + [list(pts[0])]]}

def line(*pts):
    return {"type": "LineString", "coordinates": [list(p) for p in pts]}

def point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}

SIDES = [
    {"code": "saf", "name": "Sudanese Armed Forces", "colour": "#1F5FBF", "affiliation": "friend"},
    {"code": "rsf", "name": "Rapid Support Forces", "colour": "#C62828", "affiliation": "hostile"},
    {"code": "civilians", "name": "Civilians and aid", "colour": "#6A4C93", "affiliation": "neutral"},
]

features = []
def add(kind, geometry, **props):
    p = {"kind": kind}
    p.update(props)
    features.append({"type": "Feature", "properties": p, "geometry": geometry})

# --- Khartoum, 15 April: the fighting begins
add("marker", point(32.534, 15.612), id="sd-palace", side="rsf", confidence="unconfirmed", symbol="flag",
    category="Site the RSF claims", title="Presidential palace: RSF claim", valid_from="2023-04-15", valid_to="2023-04-30",
    notes="On the first day the RSF said it had taken the presidential palace; the army denied it.",
    source="Reuters, 15 Apr 2023")
add("marker", point(32.553, 15.590), id="sd-airport", side="rsf", confidence="reported", symbol="x",
    category="Fighting", title="Khartoum airport: fighting, aircraft burnt", valid_from="2023-04-15",
    notes="Clashes at the international airport on 15 April; civilian aircraft were hit on the apron.",
    source="AP, 16 Apr 2023")
add("marker", point(32.541, 15.600), id="sd-general-command", side="saf", confidence="likely", symbol="star",
    category="Headquarters held", title="Army General Command", valid_from="2023-04-15",
    notes="The army headquarters beside the airport stayed in army hands under attack; al-Burhan led from it.",
    source="BBC, 17 Apr 2023")
add("zone", poly((32.50, 15.57), (32.60, 15.56), (32.64, 15.60), (32.60, 15.64), (32.52, 15.64), (32.48, 15.61)),
    id="sd-khartoum-centre", side="rsf", status="contested", confidence="likely",
    title="Central Khartoum contested", valid_from="2023-04-15",
    notes="RSF fighters spread through the city centre around the palace, the airport and the ministries; "
          "the army answered with air strikes.", source="Reuters, 18 Apr 2023")
add("zone", poly((32.42, 15.60), (32.50, 15.60), (32.51, 15.68), (32.45, 15.70), (32.41, 15.66)),
    id="sd-omdurman", side="rsf", status="assessed_advance", confidence="reported",
    title="RSF positions in Omdurman", valid_from="2023-04-16",
    notes="Fighting around the state broadcaster in Omdurman; both sides claimed the building.",
    source="Al Jazeera, 16 Apr 2023")
add("marker", point(32.603, 16.050), id="sd-jaili", side="rsf", confidence="reported", symbol="dot",
    category="Facility held", title="Al-Jaili refinery held by the RSF", valid_from="2023-04-20",
    notes="The refinery north of Khartoum Bahri was reported in RSF hands.", source="Reuters, 3 May 2023")
add("label", point(32.56, 15.70), id="sd-khartoum-label", side="civilians", title="Battle of Khartoum",
    size=11, rotation=0, valid_from="2023-04-15", source="BBC, 15 Apr 2023")

# --- Merowe: the airbase in the north
add("marker", point(31.833, 18.443), id="sd-merowe", side="rsf", confidence="confirmed", symbol="flag",
    category="Airbase seized", title="Merowe airbase seized by the RSF", valid_from="2023-04-15", valid_to="2023-04-18",
    notes="The RSF took the airbase and held Egyptian soldiers training there; the army said it retook it.",
    source="Reuters, 15 Apr 2023")
add("marker", point(31.843, 18.450), id="sd-merowe-retaken", side="saf", confidence="reported", symbol="star",
    category="Airbase retaken", title="Merowe airbase retaken by the army", valid_from="2023-04-19",
    source="Al Jazeera, 19 Apr 2023")

# --- Reinforcements and the air war
add("movement", line((30.22, 13.18), (31.2, 14.2), (32.0, 15.0), (32.45, 15.55)), id="sd-rsf-reinforce",
    side="rsf", confidence="reported", style="movement", title="RSF reinforcements from Kordofan and Darfur",
    unit="RSF units from the west", valid_from="2023-04-17",
    notes="Columns were reported moving towards the capital along the road from El Obeid.",
    source="Reuters, 20 Apr 2023")
add("range_ring", point(32.52, 15.82), id="sd-wadi-seidna", side="saf", confidence="likely",
    title="Wadi Seidna air base", radii_km=[15, 30], valid_from="2023-04-15",
    notes="Army air base north of Omdurman; foreign evacuation flights left from it in late April.",
    source="BBC, 25 Apr 2023")

# --- Evacuations and the road to Port Sudan
add("evacuation", poly((32.40, 15.45), (32.70, 15.45), (32.72, 15.75), (32.40, 15.75)), id="sd-khartoum-exodus",
    side="civilians", confidence="likely", title="Flight from Khartoum", evacuated=330000,
    ordered_by="No order: residents fled the fighting", date_ordered="2023-04-15", valid_from="2023-04-15",
    notes="Hundreds of thousands left the capital in the first weeks, towards Gezira, the north and Egypt.",
    source="UN OCHA, 5 May 2023")
add("movement", line((32.53, 15.60), (33.4, 16.9), (34.3, 17.9), (36.0, 19.2), (37.21, 19.61)),
    id="sd-convoys-port-sudan", side="civilians", confidence="confirmed", style="movement",
    title="Evacuation convoys to Port Sudan", unit="UN staff and foreign nationals",
    valid_from="2023-04-23", valid_to="2023-05-10",
    notes="Convoys drove some 850 km to Port Sudan, where ships took people across the Red Sea to Jeddah.",
    source="AP, 24 Apr 2023")
add("marker", point(37.217, 19.615), id="sd-port-sudan", side="civilians", confidence="confirmed", symbol="flag",
    category="UN and embassy base", title="Port Sudan: UN and embassies relocate", valid_from="2023-04-24",
    notes="The UN moved its operations to Port Sudan, away from the fighting.", source="UN OCHA, 26 Apr 2023")
add("movement", line((32.53, 15.60), (32.0, 17.7), (31.35, 21.80)), id="sd-road-egypt", side="civilians",
    confidence="likely", style="movement", title="Refugees towards Egypt", unit="Sudanese families",
    valid_from="2023-04-20", notes="Crowds waited for days at the Argeen and Qustul crossings north of Wadi Halfa.",
    source="Al Jazeera, 30 Apr 2023")

# --- Darfur
add("zone", poly((25.28, 13.58), (25.42, 13.58), (25.44, 13.66), (25.36, 13.70), (25.27, 13.66)),
    id="sd-el-fasher", side="rsf", status="contested", confidence="reported", title="El Fasher: clashes",
    valid_from="2023-04-15", valid_to="2023-04-30",
    notes="Fighting broke out in El Fasher on the first day; a local truce brokered by elders held in part.",
    source="Al Jazeera, 16 Apr 2023")
add("marker", point(25.35, 13.63), id="sd-el-fasher-hospital", side="civilians", confidence="confirmed",
    category="Hospital overwhelmed", symbol="x", title="El Fasher: wounded overwhelm hospital", valid_from="2023-04-16",
    notes="A medical charity said its hospital in El Fasher received scores of wounded in the first days.",
    source="Reuters, 16 Apr 2023")
add("zone", poly((22.38, 13.40), (22.50, 13.40), (22.52, 13.49), (22.44, 13.52), (22.37, 13.47)),
    id="sd-el-geneina", side="rsf", status="assessed_advance", confidence="reported",
    title="El Geneina: attacks on the city", valid_from="2023-04-24",
    notes="From 24 April the RSF and allied militias attacked El Geneina; the UN reported many civilians killed.",
    source="UN OCHA, 28 Apr 2023")
add("movement", line((22.45, 13.45), (22.25, 13.47), (22.18, 13.47)), id="sd-adre", side="civilians",
    confidence="confirmed", style="movement", title="Refugees cross into Chad at Adré", unit="Masalit families",
    valid_from="2023-04-26", notes="Tens of thousands crossed into eastern Chad within weeks.",
    source="UN OCHA, 17 May 2023")
add("zone", poly((24.82, 12.00), (24.95, 12.00), (24.96, 12.10), (24.86, 12.12), (24.80, 12.06)),
    id="sd-nyala", side="rsf", status="contested", confidence="reported", title="Nyala: fighting",
    valid_from="2023-04-15", notes="Clashes in Nyala, capital of South Darfur, closed markets and aid stores.",
    source="BBC, 19 Apr 2023")
add("label", point(24.6, 13.9), id="sd-darfur-label", side="civilians", title="Darfur", size=12, rotation=0,
    valid_from="2023-04-15", source="UN OCHA, 26 Apr 2023")

# --- Truces and talks
add("declaration", poly((32.30, 15.35), (32.85, 15.35), (32.85, 15.95), (32.30, 15.95)), id="sd-truce-0425",
    side="civilians", confidence="confirmed", title="72-hour ceasefire (US-brokered)", region="SD-KH",
    level="national", valid_from="2023-04-25", valid_to="2023-04-27",
    notes="Announced by the US Secretary of State on 24 April; repeatedly broken, then extended.",
    source="Reuters, 24 Apr 2023")
add("declaration", poly((32.30, 15.35), (32.85, 15.35), (32.85, 15.95), (32.30, 15.95)), id="sd-truce-0522",
    side="civilians", confidence="confirmed", title="Seven-day ceasefire agreed in Jeddah", region="SD-KH",
    level="national", valid_from="2023-05-22", valid_to="2023-05-29",
    notes="Signed on 20 May after the Jeddah Declaration of 11 May on protecting civilians.",
    source="AP, 21 May 2023")
add("frontline", line((32.49, 15.55), (32.53, 15.57), (32.57, 15.58), (32.62, 15.57)), id="sd-khartoum-line",
    side="saf", confidence="likely", teeth="left", title="Army line south of the centre", valid_from="2023-05-01",
    notes="Through May the army held the south of the city and the bases; the RSF most of the centre.",
    source="BBC, 12 May 2023")

doc = {"type": "FeatureCollection", "sitmap": {"sides": SIDES}, "features": features}
with open(os.path.join(HERE, "annotations.geojson"), "w", encoding="utf-8") as out:
    out.write('{"type":"FeatureCollection","sitmap":' + json.dumps(doc["sitmap"], ensure_ascii=False)
              + ',"features":[\n')
    out.write(",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features))
    out.write("\n]}\n")
print(len(features), "annotations")
