-- Sitmap briefing, schema 3: a briefing records the style sheet it is drawn with (key style_sheet in
-- sitmap_briefing). Briefings from before had only one look: the classic sheet.
INSERT INTO sitmap_briefing (key, value) VALUES ('style_sheet', 'classic') ON CONFLICT(key) DO NOTHING;
