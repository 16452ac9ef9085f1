-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "groupIndex" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "term" TEXT NOT NULL,

    PRIMARY KEY ("groupIndex", "position")
);

