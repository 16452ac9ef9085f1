-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Authority" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "abbr" TEXT,
    "nameZh" TEXT,
    "level" TEXT NOT NULL,
    "parent" TEXT,
    "region" TEXT,
    "url" TEXT,
    "bodyMd" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    CONSTRAINT "Authority_parent_fkey" FOREIGN KEY ("parent") REFERENCES "Authority" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Authority" ("abbr", "bodyHtml", "bodyMd", "id", "level", "name", "nameZh", "region", "url") SELECT "abbr", "bodyHtml", "bodyMd", "id", "level", "name", "nameZh", "region", "url" FROM "Authority";
DROP TABLE "Authority";
ALTER TABLE "new_Authority" RENAME TO "Authority";
CREATE INDEX "Authority_parent_idx" ON "Authority"("parent");
CREATE TABLE "new_Entry" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "short" TEXT,
    "titleZh" TEXT,
    "category" TEXT NOT NULL,
    "type" TEXT,
    "issuersNote" TEXT,
    "issued" TEXT NOT NULL,
    "effective" TEXT,
    "commentDeadline" TEXT,
    "stage" TEXT NOT NULL,
    "trial" BOOLEAN NOT NULL,
    "repealed" TEXT,
    "docNumber" TEXT,
    "jurisdiction" TEXT NOT NULL,
    "edition" TEXT,
    "order" INTEGER,
    "summary" TEXT NOT NULL,
    "bodyMd" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    CONSTRAINT "Entry_edition_fkey" FOREIGN KEY ("edition") REFERENCES "Edition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Entry" ("bodyHtml", "bodyMd", "bodyText", "category", "commentDeadline", "docNumber", "effective", "file", "issued", "issuersNote", "jurisdiction", "order", "repealed", "short", "slug", "stage", "summary", "title", "titleZh", "trial", "type") SELECT "bodyHtml", "bodyMd", "bodyText", "category", "commentDeadline", "docNumber", "effective", "file", "issued", "issuersNote", "jurisdiction", "order", "repealed", "short", "slug", "stage", "summary", "title", "titleZh", "trial", "type" FROM "Entry";
DROP TABLE "Entry";
ALTER TABLE "new_Entry" RENAME TO "Entry";
CREATE INDEX "Entry_issued_idx" ON "Entry"("issued");
CREATE INDEX "Entry_edition_category_order_idx" ON "Entry"("edition", "category", "order");
CREATE INDEX "Entry_category_idx" ON "Entry"("category");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

