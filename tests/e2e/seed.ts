/** The seed digest (Dec 2022 - Jan 2023) in its published order: part, then number within the part. */
export const SEED_PARTS = [
  {
    label: 'Regulations, Policies & Judicial Interpretations',
    slugs: [
      'twenty-data-measures',
      'spc-opinions-judicial-ai',
      'miit-data-security-measures',
      'nea-power-cybersecurity-measures',
      'shanghai-public-data-access-rules',
      'beijing-digital-economy-regulations',
    ],
  },
  {
    label: 'Sectorial Standards & Practice Guidance',
    slugs: [
      'tc260-cross-border-pi-certification-v2',
      'tc260-vehicle-exterior-image-anonymisation-draft',
      'tc260-industrial-internet-data-protection-draft',
      'data-security-industry-guiding-opinions',
      'samr-absolute-terms-advertising-guidelines-draft',
      'cac-zhejiang-outbound-data-declaration-guidelines',
    ],
  },
  { label: 'Enforcement Highlights', slugs: ['cac-mobile-apps-clean-up-campaign', 'chongzhou-personal-safety-protection-order'] },
  { label: 'Court Judgments', slugs: ['spc-guiding-cases-personal-information', 'hangzhou-internet-court-nft-virtual-property'] },
];
