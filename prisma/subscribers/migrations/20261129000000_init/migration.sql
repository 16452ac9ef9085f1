-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "permanentFailures" INTEGER NOT NULL DEFAULT 0,
    "suspendedAt" TEXT
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subscriberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "frequency" TEXT,
    "state" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "confirmedAt" TEXT,
    "endedAt" TEXT,
    "endedBy" TEXT,
    "watermark" TEXT,
    "lastSentAt" TEXT,
    CONSTRAINT "Subscription_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "createdAt" TEXT NOT NULL,
    "expiresAt" TEXT,
    CONSTRAINT "Token_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Token_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subscriberId" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "kind" TEXT NOT NULL,
    "contentKey" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "raw" TEXT,
    "createdAt" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TEXT,
    "lastError" TEXT,
    "sentAt" TEXT,
    CONSTRAINT "Message_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Published" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "firstPublishedAt" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    PRIMARY KEY ("kind", "id")
);

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "version" TEXT NOT NULL PRIMARY KEY,
    "loadedAt" TEXT NOT NULL,
    "recordedAt" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Subscription_subscriberId_idx" ON "Subscription"("subscriberId");

-- CreateIndex
CREATE INDEX "Subscription_state_kind_idx" ON "Subscription"("state", "kind");

-- CreateIndex
CREATE INDEX "Token_subscriberId_idx" ON "Token"("subscriberId");

-- CreateIndex
CREATE INDEX "Message_state_idx" ON "Message"("state");

-- CreateIndex
CREATE INDEX "Message_subscriberId_kind_createdAt_idx" ON "Message"("subscriberId", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_subscriberId_contentKey_key" ON "Message"("subscriberId", "contentKey");

-- CreateIndex
CREATE INDEX "Published_firstPublishedAt_idx" ON "Published"("firstPublishedAt");

