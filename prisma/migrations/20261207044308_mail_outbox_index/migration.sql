-- CreateTable
CREATE TABLE "MailMessage" (
    "id" UUID NOT NULL,
    "trustId" UUID NOT NULL,
    "toName" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "fileName" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailMessage_trustId_sentAt_idx" ON "MailMessage"("trustId", "sentAt");
