-- CreateTable
CREATE TABLE "CatalogueInfo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" TEXT NOT NULL,
    "loadedAt" TEXT NOT NULL,
    "contentDir" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "published" TEXT,
    "bodyMd" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Authority" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "abbr" TEXT,
    "nameZh" TEXT,
    "level" TEXT NOT NULL,
    "parentId" TEXT,
    "region" TEXT,
    "url" TEXT,
    "bodyMd" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    CONSTRAINT "Authority_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Authority" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuthorityAlias" (
    "authorityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    PRIMARY KEY ("authorityId", "position"),
    CONSTRAINT "AuthorityAlias_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "labelZh" TEXT,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Entry" (
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
    "editionId" TEXT,
    "order" INTEGER,
    "summary" TEXT NOT NULL,
    "bodyMd" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    CONSTRAINT "Entry_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryIssuer" (
    "entrySlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "authorityId" TEXT NOT NULL,

    PRIMARY KEY ("entrySlug", "position"),
    CONSTRAINT "EntryIssuer_entrySlug_fkey" FOREIGN KEY ("entrySlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryIssuer_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryTopic" (
    "entrySlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "topicId" TEXT NOT NULL,

    PRIMARY KEY ("entrySlug", "position"),
    CONSTRAINT "EntryTopic_entrySlug_fkey" FOREIGN KEY ("entrySlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "entrySlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    PRIMARY KEY ("entrySlug", "position"),
    CONSTRAINT "Source_entrySlug_fkey" FOREIGN KEY ("entrySlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelatedLink" (
    "fromSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "toSlug" TEXT NOT NULL,

    PRIMARY KEY ("fromSlug", "position"),
    CONSTRAINT "RelatedLink_fromSlug_fkey" FOREIGN KEY ("fromSlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedLink_toSlug_fkey" FOREIGN KEY ("toSlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryAlias" (
    "alias" TEXT NOT NULL PRIMARY KEY,
    "entrySlug" TEXT NOT NULL,
    CONSTRAINT "EntryAlias_entrySlug_fkey" FOREIGN KEY ("entrySlug") REFERENCES "Entry" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Edition_periodEnd_idx" ON "Edition"("periodEnd");

-- CreateIndex
CREATE INDEX "Authority_parentId_idx" ON "Authority"("parentId");

-- CreateIndex
CREATE INDEX "Entry_issued_idx" ON "Entry"("issued");

-- CreateIndex
CREATE INDEX "Entry_editionId_category_order_idx" ON "Entry"("editionId", "category", "order");

-- CreateIndex
CREATE INDEX "Entry_category_idx" ON "Entry"("category");

-- CreateIndex
CREATE INDEX "EntryIssuer_authorityId_idx" ON "EntryIssuer"("authorityId");

-- CreateIndex
CREATE INDEX "EntryTopic_topicId_idx" ON "EntryTopic"("topicId");

-- CreateIndex
CREATE INDEX "RelatedLink_toSlug_idx" ON "RelatedLink"("toSlug");

-- CreateIndex
CREATE INDEX "EntryAlias_entrySlug_idx" ON "EntryAlias"("entrySlug");
