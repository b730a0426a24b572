/**
 * Words the structured summary (machines/summary.ts) for people: as labelled lines, as plain
 * text to read out on a call, and as an Adaptive Card.
 */
import { allQuestions, choiceLabelKey, riskFactorOf, type QuestionId, type RiskFactor } from '../../dialogs/questions';
import type { SummaryLineId } from '../../dialogs/summary';
import type { Translator } from '../i18n';
import type { Answer, SafetyMoment, SummaryData, SummaryLine } from '../../machines/triage.types';

export interface WordedLine {
  id: SummaryLine['id'];
  label: string;
  value: string;
}

/** "28 Nov, 13:05" in UK time. */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  }).format(date);
}

function quoteWords(words: string | undefined, tr: Translator): string {
  return words ? ` - ${tr.t('summary.values.yourWords', { words })}` : '';
}

function worded<T>(answer: Answer<T>, tr: Translator, given: (value: T) => string): string {
  if (answer.status === 'given') return given(answer.value) + quoteWords(answer.words, tr);
  return tr.t(`facts.answer.${answer.status}`) + quoteWords(answer.words, tr);
}

function momentValue(moment: SafetyMoment, tr: Translator): string {
  const time = formatTime(moment.at, tr.locale);
  if (moment.level === 'harm') {
    return moment.check
      ? tr.t('summary.values.moment.harmChecked', { time, answer: tr.t(`summary.values.harmCheck.${moment.check}`) })
      : tr.t('summary.values.moment.harm', { time });
  }
  return tr.t(`summary.values.moment.${moment.level === 'crisis' ? 'crisis' : 'emergency'}`, { time });
}

/** "High risk: non-fatal strangulation" - first, for the person and for staff; undefined when not high risk. */
export function highRiskText(summary: SummaryData, tr: Translator): string | undefined {
  if (summary.highRisk.length === 0) return undefined;
  return tr.t('summary.highRisk', { kinds: summary.highRisk.map((k) => tr.t(`summary.values.highRisk.${k}`)).join('; ') });
}

/** The question module that words each line's answer (the first that fills it). */
function wordValue(line: SummaryLineId, value: unknown, tr: Translator): string {
  const question = allQuestions().find((q) => q.summary?.line === line && q.summary.word);
  return question?.summary?.word?.(value, tr) ?? String(value);
}

/** Answers of questions added as modules (Answers.more): "Label: value; Label: value". */
function moreValue(answers: Partial<Record<string, Answer<string>>>, tr: Translator): string {
  return allQuestions()
    .flatMap((question) => {
      const answer = answers[question.id];
      if (!answer) return [];
      const word = (value: string) => tr.t(choiceLabelKey(question.id as QuestionId, value));
      // A key named after a question added later: test/dialogs/adding.question.test.ts words one.
      const label: string = `questions.${question.id}.inSummary`;
      return [`${tr.t(label)}: ${worded(answer, tr, word)}`];
    })
    .join('; ');
}

/** Every risk question's answer on one line: "Very frightened: yes; Threats: not sure". */
function riskValue(answers: Partial<Record<RiskFactor, Answer<unknown>>>, tr: Translator): string {
  return allQuestions().flatMap((question) => {
    const factor = riskFactorOf(question.id);
    const answer = factor && answers[factor];
    if (!answer) return [];
    const word = (value: unknown) => question.summary?.word?.(value, tr) ?? String(value);
    return [`${tr.t(`facts.risk.${factor}`)}: ${worded(answer, tr, word)}`];
  }).join('; ');
}

function lineValue(line: SummaryLine, tr: Translator): string {
  switch (line.id) {
    case 'story':
      return line.text;
    case 'risk':
      return riskValue(line.answers, tr);
    case 'moments':
      return line.moments.map((m) => momentValue(m, tr)).join('; ');
    case 'route':
      return wordValue('route', line.chosen, tr);
    case 'more':
      return moreValue(line.answers, tr);
    default: {
      const answer: Answer<unknown> = line.answer;
      const ref = line.id === 'police' && line.crimeRef ? `, ${tr.t('summary.values.crimeRef', { ref: line.crimeRef })}` : '';
      return worded(answer, tr, (value) => wordValue(line.id, value, tr)) + ref;
    }
  }
}

export function wordSummary(summary: SummaryData, tr: Translator): WordedLine[] {
  return summary.lines.map((line) => ({ id: line.id, label: tr.t(`summary.lines.${line.id}`), value: lineValue(line, tr) }));
}

export function summaryTitle(purpose: 'review' | 'keep', tr: Translator): string {
  return tr.t(purpose === 'keep' ? 'summary.titleKeep' : 'summary.title');
}

/** Plain text, one line per fact: for SMS, text channels and reading out on a call. */
export function summaryText(summary: SummaryData, purpose: 'review' | 'keep', tr: Translator): string {
  const lines = wordSummary(summary, tr);
  const highRisk = highRiskText(summary, tr);
  const head = [summaryTitle(purpose, tr), ...(highRisk ? [highRisk] : [])];
  if (lines.length === 0) return [...head, tr.t('summary.empty')].join('\n');
  return [...head, ...lines.map((l) => `- ${l.label}: ${l.value}`)].join('\n');
}

/**
 * Text shown exactly as written: a RichTextBlock's TextRun is never read as Markdown, so a
 * person's "*", "_" or "1." stay as they typed them.
 */
function plainText(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...extra }] };
}

/**
 * An Adaptive Card 1.5 with the summary: each line's label above its value, full width, so a
 * label never breaks mid-word on a narrow phone (a FactSet's title column does), and every value
 * (often the person's own words) as plain text.
 */
export function summaryCard(summary: SummaryData, purpose: 'review' | 'keep', tr: Translator): Record<string, unknown> {
  const lines = wordSummary(summary, tr);
  const highRisk = highRiskText(summary, tr);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      plainText(summaryTitle(purpose, tr), { weight: 'Bolder', size: 'Medium' }),
      ...(highRisk ? [plainText(highRisk, { weight: 'Bolder', color: 'Attention' })] : []),
      ...(lines.length === 0
        ? [plainText(tr.t('summary.empty'))]
        : lines.map((l) => ({
            type: 'Container',
            id: `line-${l.id}`,
            spacing: 'Medium',
            items: [plainText(l.label, { weight: 'Bolder' }), plainText(l.value)],
          }))),
    ],
  };
}
