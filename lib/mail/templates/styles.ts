import type { CSSProperties } from 'react';

// Inline styles for email clients, which drop <style> blocks or parts of them: every element
// carries its own. The site's palette (app/globals.css): navy, one accent blue, a dark gold.
const SANS = "Arial, 'Helvetica Neue', Helvetica, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const SERIF = "Georgia, 'Times New Roman', 'Songti SC', SimSun, serif";
export const COLOURS = {
  ink: '#1b2430',
  soft: '#3a4553',
  muted: '#5b6573',
  rule: '#dde2e8',
  tint: '#f4f5f7',
  navy: '#16324f',
  accent: '#1f4e79',
  gold: '#85652a',
};

/** The gold small-capital label of the eyebrow and of a part's number. */
const SMALL_CAPS_LABEL = {
    fontSize: '12px',
    lineHeight: '18px',
    letterSpacing: '1px',
    textTransform: 'uppercase',
    color: COLOURS.gold,
    fontWeight: 700,
} satisfies CSSProperties;

export const s = {
  body: {
    margin: 0,
    padding: '24px 0',
    backgroundColor: COLOURS.tint,
    fontFamily: SANS,
    color: COLOURS.ink,
  },
  container: {
    maxWidth: '600px',
    width: '100%',
    margin: '0 auto',
    backgroundColor: '#ffffff',
    border: `1px solid ${COLOURS.rule}`,
  },
  masthead: {
    backgroundColor: COLOURS.navy,
    padding: '20px 28px',
    borderBottom: `3px solid ${COLOURS.gold}`,
  },
  mastheadName: {
    margin: 0,
    fontFamily: SERIF,
    fontSize: '22px',
    lineHeight: '28px',
    color: '#ffffff',
    letterSpacing: '0.3px',
  },
  mastheadLine: {
    margin: '2px 0 0',
    fontSize: '12px',
    lineHeight: '18px',
    color: '#c9d3de',
    letterSpacing: '0.4px',
  },
  main: { padding: '28px 28px 8px' },
  eyebrow: { ...SMALL_CAPS_LABEL, margin: '0 0 6px' },
  h1: {
    margin: '0 0 6px',
    fontFamily: SERIF,
    fontSize: '26px',
    lineHeight: '32px',
    fontWeight: 400,
    color: COLOURS.navy,
  },
  period: {
    margin: '0 0 14px',
    fontSize: '15px',
    lineHeight: '22px',
    color: COLOURS.soft,
  },
  viewOnline: {
    margin: '0 0 22px',
    fontSize: '13px',
    lineHeight: '20px',
    color: COLOURS.muted,
  },
  h2: {
    margin: '26px 0 10px',
    fontFamily: SERIF,
    fontSize: '20px',
    lineHeight: '26px',
    fontWeight: 400,
    color: COLOURS.navy,
  },
  partNumber: { ...SMALL_CAPS_LABEL, display: 'block', fontFamily: SANS },
  prose: { fontSize: '15px', lineHeight: '24px', color: COLOURS.ink },
  text: {
    margin: '0 0 14px',
    fontSize: '15px',
    lineHeight: '24px',
    color: COLOURS.ink,
  },
  rule: { borderColor: COLOURS.rule, borderTopWidth: '1px', margin: '22px 0' },
  item: { padding: '14px 0 14px', borderTop: `1px solid ${COLOURS.rule}` },
  itemTitle: {
    margin: '0 0 2px',
    fontFamily: SERIF,
    fontSize: '17px',
    lineHeight: '24px',
    fontWeight: 700,
    color: COLOURS.ink,
  },
  itemNumber: { color: COLOURS.gold, paddingRight: '6px' },
  itemLink: { color: COLOURS.accent, textDecoration: 'underline' },
  itemFull: {
    margin: '0 0 2px',
    fontSize: '14px',
    lineHeight: '20px',
    color: COLOURS.soft,
  },
  itemZh: {
    margin: '0 0 2px',
    fontSize: '14px',
    lineHeight: '20px',
    color: COLOURS.soft,
  },
  itemMeta: {
    margin: '4px 0 6px',
    fontSize: '13px',
    lineHeight: '20px',
    color: COLOURS.muted,
  },
  status: {
    display: 'inline-block',
    padding: '0 6px',
    border: `1px solid ${COLOURS.rule}`,
    borderRadius: '3px',
    fontSize: '12px',
    lineHeight: '18px',
    color: COLOURS.soft,
    whiteSpace: 'nowrap',
  },
  summary: {
    margin: 0,
    fontSize: '15px',
    lineHeight: '23px',
    color: COLOURS.ink,
  },
  link: { color: COLOURS.accent, textDecoration: 'underline' },
  button: {
    display: 'inline-block',
    backgroundColor: COLOURS.navy,
    color: '#ffffff',
    fontSize: '15px',
    fontWeight: 700,
    lineHeight: '20px',
    padding: '12px 22px',
    borderRadius: '4px',
    textDecoration: 'none',
  },
  footer: {
    padding: '18px 28px 24px',
    backgroundColor: COLOURS.tint,
    borderTop: `1px solid ${COLOURS.rule}`,
  },
  footerText: {
    margin: '0 0 8px',
    fontSize: '12px',
    lineHeight: '18px',
    color: COLOURS.muted,
  },
  footerLink: { color: COLOURS.muted, textDecoration: 'underline' },
} satisfies Record<string, CSSProperties>;

/** Inline styles for the observations' own HTML (rendered from Markdown at load time). */
export const PROSE_TAGS: Record<string, string> = {
  p: 'margin:0 0 14px;font-size:15px;line-height:24px;color:#1b2430',
  ul: 'margin:0 0 14px;padding-left:22px;font-size:15px;line-height:24px;color:#1b2430',
  ol: 'margin:0 0 14px;padding-left:22px;font-size:15px;line-height:24px;color:#1b2430',
  li: 'margin:0 0 6px',
  a: 'color:#1f4e79;text-decoration:underline',
  blockquote: 'margin:0 0 14px;padding-left:14px;border-left:3px solid #dde2e8;color:#3a4553',
  h2: "margin:18px 0 8px;font-family:Georgia,'Times New Roman',serif;font-size:18px;line-height:24px;font-weight:400;color:#16324f",
  h3: "margin:16px 0 8px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:22px;font-weight:700;color:#16324f",
};
