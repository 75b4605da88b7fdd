-- Administrators add and rename agencies on the agency page: every node's cache of the tree
-- (AgencyDirectory) notices the change through this counter (see V55, cache_generation).
INSERT INTO cache_generation (name, generation) VALUES ('agency', 0);
