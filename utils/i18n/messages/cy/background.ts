import type { Translation } from '../../translate';
import type { background as english } from '../en-GB/background';

export const background: Translation<typeof english> = {
  'error.badMessage': 'Cafodd yr estyniad gais nad yw’n ei ddeall ({detail}).',
  'error.notAllowed': 'Dim ond tudalennau’r estyniad ei hun sy’n cael gofyn am hyn.',
  'error.badSite': 'Nid oes modd defnyddio cyfeiriad y wefan Modern.gov “{site}”: rhowch gyfeiriad fel https://democracy.example.gov.uk.',
  'error.noSite': 'Nid oes gwefan Modern.gov wedi’i gosod. Rhowch gyfeiriad gwefan eich cyngor yn gyntaf.',
  'error.permission':
    'Nid oes gan yr estyniad ganiatâd i gysylltu â {host}. Pwyswch Mewnforio eto a dewis Caniatáu pan fydd y porwr yn gofyn.',
  'error.unreachable': 'Nid oedd modd cyrraedd {host}. Gwiriwch y cyfeiriad a’ch cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  // Welsh counts with the singular noun after a numeral ("20 eiliad"), so every form reads alike.
  'error.timeout': {
    zero: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
    one: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
    two: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
    few: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
    many: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
    other: 'Ni atebodd {host} o fewn {count} eiliad. Efallai fod y wefan yn brysur; rhowch gynnig arall arni yn nes ymlaen.',
  },
  'error.http': 'Atebodd {host} gyda gwall (HTTP {status}) wrth ofyn am {what}. Efallai fod y wefan i lawr; rhowch gynnig arall arni yn nes ymlaen.',
  'error.redirect': 'Anfonodd {host} y cais ymlaen i gyfeiriad arall. Rhowch y cyfeiriad y mae eich porwr yn ei gyrraedd pan fyddwch yn agor tudalennau pwyllgorau’r cyngor.',
  'error.notModernGov':
    'Anfonodd {host} dudalen we yn lle data Modern.gov. Gwiriwch mai dyma wefan Modern.gov eich cyngor (cyfeiriad ei thudalennau pwyllgorau), neu efallai fod y wefan yn rhwystro’r cais.',
  'error.pageRedirect':
    'Atebodd {host} gyda thudalen sydd ond yn symud ymlaen gyda JavaScript (ailgyfeiriad neu wiriad bot), nid gyda data cyfarfodydd. Agorwch y cyfeiriad yn eich porwr a defnyddiwch y cyfeiriad y mae’n ei gyrraedd; os yw’n dal i ddigwydd, mae’r wefan yn rhwystro ceisiadau awtomatig.',
  'error.pageLogin':
    'Gofynnodd {host} am fewngofnodi yn lle anfon data cyfarfodydd. Dim ond tudalennau cyhoeddus y cyngor y mae’r estyniad yn eu darllen ac nid yw byth yn mewngofnodi: defnyddiwch gyfeiriad y tudalennau pwyllgorau cyhoeddus, nid ardal yr aelodau.',
  'error.pageError': 'Atebodd {host} gyda thudalen wall (“{title}”) yn lle data cyfarfodydd. Efallai fod y wefan i lawr, neu nad hwn yw’r cyfeiriad cywir; rhowch gynnig arall arni yn nes ymlaen.',
  'error.notCalendar':
    'Anfonodd {host} dudalen we yn lle calendr. Defnyddiwch y ddolen galendr (iCal, .ics) o dudalennau cyfarfodydd y cyngor, neu gyfeiriad rhestr cyfarfodydd CMIS.',
  'error.noCommittees': 'Atebodd {host}, ond nid yw’n rhestru unrhyw bwyllgorau. Gwiriwch mai dyma wefan Modern.gov eich cyngor.',
  'error.emptyCalendar': 'Nid oes cyfarfodydd yn y {days} diwrnod nesaf yn y calendr yn {host}. Gwiriwch mai dyma galendr pwyllgorau’r cyngor.',
  'error.badFeed': 'Nid oes modd defnyddio cyfeiriad y calendr “{feed}”: rhowch gyfeiriad gwe sy’n dechrau gyda https://.',
  'error.noFeed': 'Nid oes cyfeiriad calendr wedi’i osod. Gludwch ddolen galendr eich cyngor yn gyntaf.',
  'error.tooManyFeed': 'Mae mwy na {limit} o gyfarfodydd yn y {days} diwrnod nesaf yn y calendr yn {host}; dim ond hyn a hyn sy’n gallu cael eu mewnforio ar y tro.',
  'error.badData': 'Anfonodd {host} ddata nad oedd modd ei ddarllen ({what}): {detail}',
  'error.tooMany': 'Mae {host} yn rhestru mwy na {limit} o gyfarfodydd yn y 60 diwrnod nesaf; dim ond hyn a hyn sy’n gallu cael eu mewnforio ar y tro.',
  'error.tooManyCommittees': 'Mae {host} yn rhestru mwy na {limit} o bwyllgorau; dim ond hyn a hyn sy’n gallu cael eu mewnforio ar y tro.',
  'error.saveFailed': 'Cafwyd y cyfarfodydd ond nid oedd modd eu cadw: {detail}',
  'error.unexpected': 'Aeth rhywbeth o’i le wrth nôl y cyfarfodydd ({detail}). Mae’r cyfarfodydd sydd gennych wedi’u cadw heb eu newid.',
  'error.noAnswer': 'Ni atebodd sgript gefndir yr estyniad ({detail}). Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'error.badReply': 'Anfonodd sgript gefndir yr estyniad ateb nad oedd modd ei ddarllen ({detail}). Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'what.calendar': 'y calendr',
  'what.committees': 'y rhestr o bwyllgorau',
  'what.meetings': 'cyfarfodydd {committee}',
  'what.meeting': 'agenda un o gyfarfodydd {committee}',
  'policy.invalid': 'Nid oedd modd defnyddio polisi a reolir eich cyngor, felly nid oes dim ohono’n cael ei weithredu ({detail}). Rhowch wybod i’ch tîm TG.',
};
