"""One-off helper that wrote annotations.geojson (kept for reference; annotations.geojson is the source of truth).
It copies the Kursk and Belgorod oblast borders from data/admin1.geojson.gz for the two declarations."""
import gzip, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
admin1 = json.load(gzip.open(os.path.join(HERE, '..', '..', 'admin1.geojson.gz')))
region = {f['properties']['iso_3166_2']: f['geometry'] for f in admin1['features']}

def poly(*pts):
    ring = [list(p) for p in pts] + [list(pts[0])]
    return {"type": "Polygon", "coordinates": [ring]}

def line(*pts):
    return {"type": "LineString", "coordinates": [list(p) for p in pts]}

def point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}

# Citations as readers see them in the export's footer: who said it and when (the publications the seed report
# names), never a file of ours.
UA_ARMY = "Dmytro Lykhovii, Ukrainian army spokesman, to Ukrainian media, 13 Aug 2024"
US = "U.S. official speaking anonymously, 14 Aug 2024"
ANALYSTS = "Military analysts quoted in a news report, 14 Aug 2024"
KLYMENKO = "Ihor Klymenko, Ukraine's interior minister, 14 Aug 2024"
ZELENSKY = "President Volodymyr Zelensky, 14 Aug 2024"
UA_OFFICIALS = "Ukrainian officials quoted in a news report, 14 Aug 2024"
REPORT = "News report, 14 Aug 2024"

features = []
def add(kind, geometry, **props):
    p = {"kind": kind}
    p.update(props)
    features.append({"type": "Feature", "properties": p, "geometry": geometry})

# --- Ukrainian-held area around Sudzha, day by day (assessed control), and the larger claim -------------------
add("zone", poly((35.10, 51.20), (35.18, 51.09), (35.30, 51.10), (35.34, 51.19), (35.24, 51.26), (35.13, 51.25)),
    id="kursk-zone-0806", side="ukraine", status="assessed_control", confidence="likely",
    title="Ukrainian-held area, first days", valid_from="2024-08-06", valid_to="2024-08-07",
    notes="Ukrainian units crossed the border west of Sudzha on 6 August and held a strip of villages beside "
          "the crossing.", source=REPORT)
add("zone", poly((35.04, 51.23), (35.12, 51.13), (35.20, 51.07), (35.40, 51.07), (35.50, 51.17), (35.43, 51.31),
                 (35.26, 51.37), (35.09, 51.33)),
    id="kursk-zone-0808", side="ukraine", status="assessed_control", confidence="likely",
    title="Ukrainian-held area", valid_from="2024-08-08", valid_to="2024-08-09",
    notes="Advance north and east of the crossing towards Sudzha.", source=REPORT)
add("zone", poly((34.98, 51.25), (35.08, 51.22), (35.19, 51.07), (35.42, 51.06), (35.58, 51.12), (35.60, 51.30),
                 (35.45, 51.42), (35.24, 51.46), (35.06, 51.40)),
    id="kursk-zone-0810", side="ukraine", status="assessed_control", confidence="likely",
    title="Ukrainian-held area", valid_from="2024-08-10", valid_to="2024-08-11",
    notes="The area grows on both sides of Sudzha.", source=REPORT)
add("zone", poly((34.92, 51.26), (35.07, 51.23), (35.18, 51.07), (35.40, 51.05), (35.62, 51.08), (35.70, 51.25),
                 (35.58, 51.43), (35.35, 51.52), (35.12, 51.50), (34.98, 51.40)),
    id="kursk-zone-0812", side="ukraine", status="assessed_control", confidence="likely",
    title="Ukrainian-held area (assessed)", valid_from="2024-08-12",
    notes="Ukraine says it advanced deeper into Russian territory on 14 August and holds the ground it "
          "controls; the extent here is an assessment, approximate.", source=REPORT)
add("zone", poly((34.82, 51.30), (35.07, 51.23), (35.18, 51.07), (35.40, 51.05), (35.66, 51.06), (35.80, 51.24),
                 (35.70, 51.48), (35.42, 51.60), (35.10, 51.58), (34.90, 51.46)),
    id="kursk-claim-0812", side="ukraine", status="claimed", confidence="unconfirmed",
    title="Area Ukraine claims", valid_from="2024-08-12",
    notes="Kyiv's claims run ahead of what can be confirmed independently.", source=UA_OFFICIALS)

# --- Evacuations: more than 130,000 people in all ---------------------------------------------------------------
add("evacuation", poly((34.36, 51.40), (34.56, 51.27), (34.95, 51.24), (35.07, 51.22), (35.17, 51.06),
                       (35.36, 51.04), (35.52, 50.97), (35.84, 51.02), (35.95, 51.25), (35.62, 51.52), (35.00, 51.72),
                       (34.50, 51.66)),
    id="kursk-evacuation", side="russia", confidence="likely", title="Evacuation of Kursk oblast border districts",
    evacuated=121000, ordered_by="Kursk regional authorities", date_ordered="2024-08-07",
    valid_from="2024-08-07", notes="Russian authorities moved residents out of the districts along the border.",
    source=REPORT)
add("evacuation", poly((35.50, 50.62), (35.80, 50.60), (35.88, 50.78), (35.72, 50.92), (35.52, 50.88),
                       (35.47, 50.75)),
    id="belgorod-evacuation", side="russia", confidence="likely",
    title="Evacuation of Krasnaya Yaruga district (Belgorod oblast)",
    evacuated=11000, ordered_by="Belgorod regional authorities", date_ordered="2024-08-12",
    valid_from="2024-08-12", notes="Evacuation widened to the neighbouring region as fighting spread east.",
    source=REPORT)

# --- States of emergency over whole oblasts (exact borders from the base map) -----------------------------------
add("declaration", region["RU-KRS"], id="kursk-emergency", side="russia", confidence="confirmed",
    title="State of emergency: Kursk oblast", region="RU-KRS", level="federal", valid_from="2024-08-06",
    notes="Declared regionally when the incursion began and raised to federal level days later.", source=REPORT)
add("declaration", region["RU-BEL"], id="belgorod-emergency", side="russia", confidence="confirmed",
    title="State of emergency: Belgorod oblast", region="RU-BEL", level="regional", valid_from="2024-08-14",
    notes="A new regional state of emergency declared on 14 August.", source=REPORT)

# --- Redeployment arrows -----------------------------------------------------------------------------------------
add("movement", line((35.78, 47.30), (36.75, 48.55), (37.05, 49.90), (36.55, 50.95), (35.95, 51.40)),
    id="redeploy-zaporizhzhia", side="russia", confidence="reported", style="movement",
    title="Russian units from the Zaporizhzhia direction", unit="Units withdrawn from southern Ukraine",
    valid_from="2024-08-12",
    notes="Ukraine's army spokesman said Russia moved units from the Zaporizhzhia and Dnipro directions to the "
          "Kursk region. A U.S. official confirmed small withdrawals from Ukraine without saying where from.",
    source=UA_ARMY)
add("movement", line((34.65, 47.42), (35.70, 47.95), (36.35, 49.20), (36.20, 50.60), (35.70, 51.35)),
    id="redeploy-dnipro", side="russia", confidence="reported", style="movement",
    title="Russian units from the Dnipro direction", unit="Units from the Dnipro river front",
    valid_from="2024-08-12", notes="Reported by the Ukrainian army; not independently confirmed.",
    source=UA_ARMY)
add("movement", line((36.40, 54.40), (36.55, 53.30), (36.35, 52.35), (36.05, 51.62)),
    id="reinforcements-north", side="russia", confidence="reported", style="movement",
    title="Reinforcements from northern Russia", unit="Less combat-ready units",
    valid_from="2024-08-08",
    notes="Analysts say Moscow has mostly sent units that were not fighting in hot spots, rather than pulling "
          "troops from Donetsk.", source=ANALYSTS)

# --- Buffer zone and planned military administration -------------------------------------------------------------
add("buffer", poly((34.40, 51.41), (34.60, 51.29), (34.97, 51.27), (35.09, 51.24), (35.20, 51.09), (35.40, 51.07),
                   (35.60, 51.01), (35.84, 51.05), (35.88, 51.20), (35.55, 51.34), (35.10, 51.47), (34.60, 51.52)),
    id="buffer-zone", side="ukraine", confidence="reported", title="Buffer zone Ukraine says it is creating",
    valid_from="2024-08-14",
    notes="Meant to protect Ukrainian border towns and villages from shelling.", source=KLYMENKO)
add("marker", point(35.27, 51.19), id="sudzha-administration", side="ukraine", confidence="reported",
    symbol="flag", category="Planned military administration", title="Sudzha: planned military administration",
    valid_from="2024-08-14",
    notes="Zelensky discussed setting up military administrations in areas seized by Ukrainian troops.",
    source=ZELENSKY)

# --- Eastern front near Pokrovsk -----------------------------------------------------------------------------------
add("frontline", line((37.62, 48.55), (37.50, 48.42), (37.40, 48.33), (37.36, 48.22), (37.40, 48.10),
                      (37.46, 48.00)),
    id="pokrovsk-front", side="russia", confidence="likely", teeth="right",
    title="Russian forward line east of Pokrovsk", valid_from="2024-08-06",
    notes="Russia kept advancing here for months and did not pull troops out of Donetsk for Kursk.",
    source=ANALYSTS)
add("label", point(37.95, 48.30), id="pokrovsk-label", side="russia", title="Russian offensive on Pokrovsk",
    rotation=0, size=10, valid_from="2024-08-06", source=ANALYSTS)

# --- Markers -----------------------------------------------------------------------------------------------------
add("marker", point(35.36, 51.33), id="prisoners", side="ukraine", confidence="reported", symbol="pow",
    category="Prisoners taken", title="Hundreds of Russian soldiers captured", valid_from="2024-08-10",
    notes="Ukraine says it has taken hundreds of prisoners.", source=UA_OFFICIALS)
add("marker", point(36.19, 51.73), id="kursk-city", side="russia", confidence="confirmed", symbol="dot",
    category="Regional capital", title="Kursk (regional capital)", source=REPORT)
add("marker", point(34.80, 50.91), id="sumy-staging", side="ukraine", confidence="likely", symbol="star",
    category="Staging area", title="Sumy: staging area", valid_from="2024-08-06",
    notes="Ukrainian rear area across the border from the incursion.", source=REPORT)

with open(os.path.join(HERE, 'annotations.geojson'), 'w') as out:
    out.write('{"type":"FeatureCollection","features":[\n')
    out.write(',\n'.join(json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in features))
    out.write('\n]}\n')
print(len(features), 'features')
