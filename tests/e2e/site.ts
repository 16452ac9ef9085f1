/** The canonical origin the test build was made with (SITE_URL, as lib/site reads it). */
export const SITE = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** The fixture entries tests/fixtures/e2e-content adds to the seed digest. */
export const FIXTURES = {
  /** Final regulation with sources, related entries, a written summary and aliases. */
  full: 'outbound-data-security-assessment-measures',
  aliases: ['outbound-data-transfer-measures', 'cac-order-11'],
  draftForComment: 'draft-online-services-for-minors-measures',
  repealed: 'repealed-online-information-provisions',
  /** `draft: true`: published nowhere. */
  unpublished: 'unpublished-note',
  olderEdition: '2022-09',
};

/** Every published entry of the test catalogue. */
export const PUBLISHED_FIXTURE_SLUGS = [FIXTURES.full, FIXTURES.draftForComment, FIXTURES.repealed];
