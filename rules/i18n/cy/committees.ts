/** Welsh texts for the rules about regulatory committees: predetermination and posting from a meeting. */
import { VALUES, type RuleTexts } from '../../../utils/engine/types';
import { LGA_CODE } from './sources';
import { dayAndMonth } from './values';

export const committees = {
  predetermination: {
    description:
      'Aelod o bwyllgor cynllunio neu drwyddedu yn dangos meddwl caeedig (addo pleidlais, datgan y canlyniad, ymgyrch) ar fater y bydd y pwyllgor yn penderfynu arno.',
    source:
      'Deddf Lleoliaeth 2011, adran 25; R (Lewis) v Redcar & Cleveland BC [2008] EWCA Civ 746; cod ymarfer da cynllunio’r cyngor',
    messages: {
      tied: {
        message: 'Gallai hyn ddangos meddwl caeedig am {item}, y bydd {committee} yn penderfynu arno ar {date}.',
        explanation:
          'Rydych chi’n aelod o {committee}. Gall dweud sut y byddwch yn pleidleisio, neu fod y canlyniad wedi’i setlo, cyn i chi glywed yr adroddiad a’r ddadl wneud y penderfyniad yn anghyfreithlon oherwydd rhagderfynu, a gallai olygu na allwch gymryd rhan. Mae Deddf Lleoliaeth 2011 (adran 25) yn gadael i chi fod â barn a’i rhannu, ond rhaid i’ch meddwl aros yn agored. Dywedwch beth sy’n eich poeni ac y byddwch yn penderfynu ar sail y dystiolaeth yn y pwyllgor.',
      },
      untied: {
        message: 'Gallai hyn ddangos meddwl caeedig ar fater y mae eich pwyllgor yn penderfynu arno.',
        explanation:
          'Rydych chi’n aelod o bwyllgor cynllunio neu drwyddedu. Gall addo pleidlais, neu ddatgan y canlyniad, cyn i’r pwyllgor glywed yr adroddiad a’r ddadl olygu y gellir herio ei benderfyniad oherwydd rhagderfynu, a gallai olygu na allwch gymryd rhan. Cewch rannu barn (Deddf Lleoliaeth 2011, adran 25) ond rhaid i chi gadw meddwl agored. Os ydych am ymgyrchu, camwch yn ôl o’r penderfyniad a siaradwch fel cynghorydd ward.',
      },
      heads: {
        message: 'Os ydych chi’n aelod o’r pwyllgor sy’n penderfynu ar hyn, gallai hyn edrych fel meddwl caeedig.',
        explanation:
          'Rhaid i aelodau pwyllgorau cynllunio a thrwyddedu gadw meddwl agored ar geisiadau y byddant yn penderfynu arnynt. Ychwanegwch eich pwyllgorau yn y gosodiadau er mwyn i’r gwiriad hwn allu gweld ai chi sy’n penderfynu ar y mater hwn.',
      },
    },
    // The rule gives {date} in English ("12 March") and the meeting's start as an instant.
    [VALUES]: { dates: { date: { from: 'meetingStart', format: dayAndMonth } } },
  },
  meeting: {
    description:
      'Aelod o bwyllgor cynllunio, trwyddedu neu bwyllgor rheoleiddio arall yn postio’n gyhoeddus tra bo’r pwyllgor hwnnw’n cyfarfod.',
    source: `${LGA_CODE} a’r canllawiau ar gyfryngau cymdeithasol; codau ymarfer da cynllunio a thrwyddedu’r cyngor (rhaid i aelodau roi eu sylw i’r gwrandawiad cyfan a pheidio â rhoi’r argraff bod penderfyniad wedi’i wneud y tu allan i’r ddadl)`,
    messages: {
      sitting: {
        message: 'Mae {committee} yn cyfarfod nawr (tan {end}).',
        explanation:
          'Rydych chi’n aelod o {committee}, sy’n penderfynu ar geisiadau ac achosion ar sail y dystiolaeth a glywir yn y cyfarfod. Gall postio tra bo’r pwyllgor yn cyfarfod awgrymu nad ydych yn rhoi eich sylw llawn i’r gwrandawiad, neu eich bod wedi dod i farn y tu allan i’r ddadl, a gellir defnyddio hynny i herio’r penderfyniad. Postiwch ar ôl i’r cyfarfod ddod i ben.',
      },
    },
  },
} satisfies RuleTexts;
