-- Sitmap briefing, schema 4: a briefing holds its own sides (sitmap_sides), in the user's order. Annotations
-- refer to a side by its code. Briefings from before used three fixed sides; they migrate to those three, with
-- no colour of their own, so every style sheet keeps drawing them in the colours it always did.
CREATE TABLE sitmap_sides (
  code TEXT PRIMARY KEY NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  colour TEXT,
  affiliation TEXT NOT NULL DEFAULT 'unknown'
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
VALUES ('sitmap_sides', 'attributes', 'sitmap_sides', 'Sitmap briefing sides (code, name, colour, affiliation)');
INSERT INTO sitmap_sides (code, position, name, colour, affiliation) VALUES ('ukraine', 0, 'Ukraine', NULL, 'friend');
INSERT INTO sitmap_sides (code, position, name, colour, affiliation) VALUES ('russia', 1, 'Russia', NULL, 'hostile');
INSERT INTO sitmap_sides (code, position, name, colour, affiliation)
VALUES ('other', 2, 'Other / neutral', NULL, 'neutral');
