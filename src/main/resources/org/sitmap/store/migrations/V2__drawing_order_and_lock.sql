-- Sitmap briefing, schema 2: explicit drawing order (z_order, 0 = drawn first) so annotations can be reordered,
-- and a lock flag so finished annotations are not moved by accident.
ALTER TABLE annotations ADD COLUMN z_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN locked BOOLEAN NOT NULL DEFAULT 0;
-- Schema 1 drew in insertion order.
UPDATE annotations SET z_order = (SELECT COUNT(*) FROM annotations AS below WHERE below.fid < annotations.fid);
CREATE INDEX annotations_z_order ON annotations (z_order);
