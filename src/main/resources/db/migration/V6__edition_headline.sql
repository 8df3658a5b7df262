-- The headline figures each edition printed, so the next edition can say how they moved.
ALTER TABLE briefing_edition ADD COLUMN headline VARCHAR(4000);
