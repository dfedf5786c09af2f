-- A stored sample of the workstation's local store (kc::LocalStore) at schema version 1, as an SQL
-- text dump in the form of sqlite3's .dump. tst_localstore builds a real SQLite file from it (one
-- statement per ";" at a line end) and checks that LocalStore::open migrates it and that every row
-- below reads back through the API. Never edit this file when the schema changes: add
-- localstore-v2.sql next to it instead, so that real version 1 files keep being tested.
--
-- Contents: three contacts (waiting, assigned, completed), one report the server sent, two drafts
-- (one for a contact, one not tied to a contact), and outbox items in every state: a sent report
-- with the server's answer, a completion waiting after two failed attempts, a supplement that needs
-- the agent, an agent state change and a report not tied to a contact, both waiting.
-- Personal data: Skatteverket's test personnummer 19121212-1212 and phone numbers from PTS's range
-- for fiction (070-174 06 05 to 070-174 06 99) only. Timestamps are ms since the epoch, UTC.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('application','kontaktcenter-localstore');
INSERT INTO meta VALUES('schema_version','1');
INSERT INTO meta VALUES('serverUrl','https://kc.example.invalid:8443');
INSERT INTO meta VALUES('username','anna');
INSERT INTO meta VALUES('userJson','{"displayName":"Anna Andersson","id":"u-anna","queues":["anmalan","information"],"role":"agent","team":"väst","username":"anna"}');
INSERT INTO meta VALUES('cursor','1042');
INSERT INTO meta VALUES('lastEventId','1042');
CREATE TABLE contacts (id TEXT PRIMARY KEY, json TEXT NOT NULL, state TEXT NOT NULL, queue TEXT NOT NULL, priority INTEGER NOT NULL, received_at INTEGER NOT NULL, version INTEGER NOT NULL);
INSERT INTO contacts VALUES('c-1001','{"caller":{"name":"Tolvan Tolvansson","personnummer":"191212121212","phone":"+46701740605"},"channel":"phone","id":"c-1001","language":"sv","priority":2,"queue":"anmalan","receivedAt":"2026-11-27T08:15:00Z","state":"waiting","subject":"Stulen cykel vid resecentrum","version":3}','waiting','anmalan',2,1795767300000,3);
INSERT INTO contacts VALUES('c-1002','{"assignedAt":"2026-11-27T08:31:12.250Z","assignedTo":"u-anna","caller":{"name":"Testa Testsson","phone":"+46701740612"},"channel":"chat","id":"c-1002","language":"sv","priority":1,"queue":"information","receivedAt":"2026-11-27T08:20:00Z","state":"assigned","subject":"Fråga om hittegods på spårvagn","version":5}','assigned','information',1,1795767600000,5);
INSERT INTO contacts VALUES('c-1003','{"assignedAt":"2026-11-27T08:40:00Z","assignedTo":"u-anna","caller":{"name":"Tolvan Tolvansson","personnummer":"191212121212"},"channel":"web","completedAt":"2026-11-27T08:45:00Z","disposition":"report_filed","id":"c-1003","language":"sv","priority":3,"queue":"anmalan","receivedAt":"2026-11-27T07:50:00Z","reportId":"r-501","state":"completed","subject":"Anmälan om cykelstöld","version":7}','completed','anmalan',3,1795765800000,7);
CREATE INDEX contacts_service ON contacts (priority, received_at, id);
CREATE TABLE reports (id TEXT PRIMARY KEY, case_number TEXT NOT NULL, json TEXT NOT NULL, updated_at INTEGER NOT NULL);
INSERT INTO reports VALUES('r-501','1400-K1276-26','{"caseNumber":"1400-K1276-26","contactId":"c-1003","createdAt":"2026-11-27T08:45:00Z","createdBy":"u-anna","id":"r-501","injuredPartyIsReporter":true,"location":{"description":"Cykelstället vid resecentrum","municipalityCode":"1495"},"narrative":"Cykeln stod låst vid resecentrum över natten och var borta på morgonen.","occurredFrom":"2026-11-26T17:30:00+01:00","occurredTo":"2026-11-27T07:15:00+01:00","offenceCode":"9830","reporter":{"name":"Tolvan Tolvansson","personnummer":"191212121212","phone":"+46701740605"},"status":"registered","stolenItems":[{"brand":"Monark","description":"Svart damcykel","serialNumber":"WTU123456789","valueSek":4500}],"supplements":[],"suspects":[],"updatedAt":"2026-11-27T08:45:00Z","version":1,"witnesses":[]}',1795769100000);
CREATE TABLE drafts (contact_id TEXT PRIMARY KEY, json TEXT NOT NULL, section TEXT NOT NULL, updated_at INTEGER NOT NULL);
INSERT INTO drafts VALUES('c-1001','{"contactId":"c-1001","narrative":"Cykeln stod","offenceCode":"9830","reporter":{"name":"Tolvan Tolvansson","personnummer":"191212121212"},"stolenItems":[{"description":"Cykel"}]}','offence',1795768890000);
INSERT INTO drafts VALUES('','{"narrative":""}','reporter',1795768925000);
CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL, payload TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, local_ref TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
INSERT INTO outbox VALUES(1,'report','c-1003','{"contactId":"c-1003","injuredPartyIsReporter":true,"location":{"description":"Cykelstället vid resecentrum","municipalityCode":"1495"},"narrative":"Cykeln stod låst vid resecentrum över natten och var borta på morgonen.","occurredFrom":"2026-11-26T17:30:00+01:00","occurredTo":"2026-11-27T07:15:00+01:00","offenceCode":"9830","reporter":{"name":"Tolvan Tolvansson","personnummer":"191212121212","phone":"+46701740605"},"stolenItems":[{"brand":"Monark","description":"Svart damcykel","serialNumber":"WTU123456789","valueSek":4500}]}','5f1c9a0e3b7d4c2a8e6f1b3d5a7c9e0f','PREL-0a1b2c3d','sent',1,'','{"caseNumber":"1400-K1276-26","contactId":"c-1003","createdAt":"2026-11-27T08:45:00Z","createdBy":"u-anna","id":"r-501","injuredPartyIsReporter":true,"location":{"description":"Cykelstället vid resecentrum","municipalityCode":"1495"},"narrative":"Cykeln stod låst vid resecentrum över natten och var borta på morgonen.","occurredFrom":"2026-11-26T17:30:00+01:00","occurredTo":"2026-11-27T07:15:00+01:00","offenceCode":"9830","reporter":{"name":"Tolvan Tolvansson","personnummer":"191212121212","phone":"+46701740605"},"status":"registered","stolenItems":[{"brand":"Monark","description":"Svart damcykel","serialNumber":"WTU123456789","valueSek":4500}],"supplements":[],"suspects":[],"updatedAt":"2026-11-27T08:45:00Z","version":1,"witnesses":[]}',1795768800000);
INSERT INTO outbox VALUES(2,'complete','c-1003','{"disposition":"report_filed","reportId":"r-501"}','b2e4d6f8a0c2e4f6a8b0c2d4e6f8a0b2','','pending',2,'Servern kunde inte nås.','',1795769100000);
INSERT INTO outbox VALUES(3,'supplement','r-501','{"text":""}','0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a','','attention',1,'Tillägget måste ha en text.','',1795769400000);
INSERT INTO outbox VALUES(4,'agent_state','','{"state":"ready"}','1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d','','pending',0,'','',1795769520000);
INSERT INTO outbox VALUES(5,'report','','{"location":{"municipalityCode":"1480"},"narrative":"Tappade plånboken på spårvagnen.","occurredFrom":"2026-11-27T06:00:00+01:00","offenceCode":"FORLUST","reporter":{"name":"Testa Testsson","phone":"+46701740612"}}','9f8e7d6c5b4a39281706f5e4d3c2b1a0','PREL-7e3f0a91','pending',0,'','',1795769520000);
CREATE INDEX outbox_state ON outbox (state, id);
CREATE UNIQUE INDEX outbox_local_ref ON outbox (local_ref) WHERE local_ref <> '';
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',5);
COMMIT;
