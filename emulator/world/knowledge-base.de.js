// The help centre in German: the pages shoppers ask about most, paragraph for paragraph with the English ones of
// the same id (knowledge-base.js), so that the facts agree. Addressed with "du", as the widget's German is.

const BASE = 'https://help.northwind.example/de/';

/** @param {number} id the English page's id @param {string} slug @param {string} title @param {string[]} paragraphs */
function page(id, slug, title, paragraphs) {
  return { id, title, url: BASE + slug, body: paragraphs.join('\n\n') };
}

const PAGES = [
  page(1, 'versand-und-lieferung', 'Versand und Lieferung', [
    'Wir liefern an jede Adresse im Vereinigten Königreich, auch in die Highlands, auf die Inseln und nach Nordirland. Bestellungen, die an einem Werktag vor 14:00 Uhr eingehen, werden noch am selben Tag verpackt und verschickt; spätere Bestellungen und Bestellungen am Wochenende oder an Feiertagen verschicken wir am nächsten Werktag.',
    'Die Standardlieferung dauert 3–5 Werktage und kostet 3,95 £; ab einem Bestellwert von 50 £ ist sie kostenlos. Die Expresslieferung dauert 1–2 Werktage und kostet 7,95 £. Die Lieferung am nächsten Tag kostet 9,95 £ und ist für Bestellungen möglich, die montags bis donnerstags vor 14:00 Uhr eingehen; Bestellungen vom Freitag nach 14:00 Uhr kommen am Dienstag an. Lieferungen in die Highlands, auf die Inseln und nach Nordirland können 1–2 Werktage länger dauern.',
    'Je nach Größe verschicken wir Pakete mit DPD oder Royal Mail. DPD nennt dir am Morgen des Liefertags ein Zeitfenster von einer Stunde und lässt dich das Paket zu einem Nachbarn, an einen sicheren Ablageort oder in einen DPD Pickup Paketshop umleiten. Für sperrige Artikel kann eine Unterschrift nötig sein. DPD und Royal Mail liefern montags bis samstags; an Sonn- und Feiertagen wird nicht zugestellt.',
    'Wenn du nicht zu Hause bist, hinterlässt der Zusteller eine Benachrichtigung und versucht es am nächsten Werktag noch einmal, oder er bringt das Paket für 7 Tage in ein Depot oder eine Postfiliale in deiner Nähe. Nicht abgeholte Pakete kommen zu uns zurück, und wir erstatten dir die Bestellung abzüglich der ursprünglichen Versandkosten.',
    'Du kannst deine Bestellung auch kostenlos in einer unserer drei Filialen abholen: siehe Click & Collect.',
  ]),
  page(2, 'ruecksendungen-und-erstattungen', 'Rücksendungen und Erstattungen', [
    'Unsere Rückgaberegeln sind einfach: Ab dem Tag der Zustellung hast du 30 Tage Zeit, alles zurückzugeben, was du bei Northwind Outfitters gekauft hast, online oder im Laden, und bekommst den vollen Betrag erstattet. Kleidung muss ungetragen und ungewaschen sein und noch die Originaletiketten haben. Schuhe und Stiefel müssen ungetragen im Originalkarton zurückkommen und dürfen nur drinnen anprobiert worden sein: Probier Schuhe bitte auf einem sauberen Teppichboden an. Reduzierte Artikel kannst du innerhalb von 14 Tagen zurückgeben.',
    'Manche Artikel können nur zurückgegeben werden, wenn sie fehlerhaft sind: Unterwäsche und Badebekleidung ohne Hygienesiegel, personalisierte oder gravierte Artikel sowie Geschenkkarten. Fehlerhafte Artikel sind immer durch unsere zweijährige Garantie abgedeckt.',
    'Für eine Rücksendung per Post meldest du dich in deinem Konto an, öffnest Bestellungen, wählst die Bestellung und dann Rücksendung starten. Wähle die Artikel und einen Grund aus, und wir schicken dir per E-Mail ein kostenloses, frankiertes Rücksendeetikett von Royal Mail oder InPost und einen QR-Code. Verpack die Artikel sicher, kleb das Etikett auf und gib das Paket in einer Postfiliale oder an einem InPost-Paketautomaten ab. Heb den Einlieferungsbeleg auf, bis die Erstattung da ist. Du kannst eine Rücksendung auch mit ShopBot in unserem Chat starten.',
    'Im Laden gibst du die Artikel mit der Bestellbestätigung oder dem Kassenbon in jeder Filiale von Northwind Outfitters zurück. Kartenzahlungen erstatten wir sofort an der Kasse; das Geld ist dann nach 3–5 Werktagen auf deinem Konto.',
    'Erstattungen für Rücksendungen per Post gehen innerhalb von 5–7 Werktagen, nachdem das Paket in unserem Lager angekommen ist, auf das ursprüngliche Zahlungsmittel zurück; wir schicken dir eine E-Mail, sobald die Erstattung veranlasst ist. Die ursprünglichen Versandkosten erstatten wir nur, wenn du die ganze Bestellung zurückschickst oder der Artikel fehlerhaft ist. Mit Geschenkkarte bezahlte Bestellungen erstatten wir als neue E-Geschenkkarte.',
  ]),
  page(4, 'groessen-bekleidung', 'Die richtige Größe: Bekleidung', [
    'Die Größen unserer Oberteile, Jacken und Pullover richten sich nach dem Brustumfang: XS passt bei 84–88 cm, S bei 89–94 cm, M bei 95–101 cm, L bei 102–108 cm, XL bei 109–116 cm und XXL bei 117–124 cm.',
    'Hosen haben Größen nach Bundweite in Zoll: 28 (71 cm), 30 (76 cm), 32 (81 cm), 34 (86 cm), 36 (91 cm), 38 (97 cm) und 40 (102 cm). Die meisten Modelle gibt es mit den Beinlängen kurz (29 in), normal (31 in) und lang (33 in), die Cairn Trekking Trousers auch in extralang (35 in).',
    'Für den Brustumfang legst du ein weiches Maßband um die breiteste Stelle der Brust, unter den Achseln, waagerecht und eng anliegend, aber nicht straff. Die Taille misst du an deiner natürlichen Taille, knapp über den Hüftknochen. Miss über einer dünnen Baselayer-Schicht, nicht über einem Pullover.',
    'Liegst du zwischen zwei Größen, nimm bei äußeren Schichten wie der Ridgeline Waterproof Jacket und der Fjord Down Parka die größere, weil du darunter ein Fleece oder einen Pullover trägst. Bei Baselayern und beim Harbour Merino Jumper, der körpernah geschnitten ist und beim Tragen etwas nachgibt, nimm die kleinere.',
    'Unsicher? FitBot in unserem Chat berät dich in einer Minute zur Größe, und in jeder unserer Filialen kannst du einen kostenlosen Anprobetermin buchen.',
  ]),
  page(8, 'zahlungsarten', 'Zahlungsarten', [
    'Online akzeptieren wir Kredit- und Debitkarten von Visa, Mastercard und American Express, PayPal, Apple Pay, Google Pay, Klarna und Geschenkkarten von Northwind. Im Laden kannst du außerdem bar und kontaktlos bezahlen. Alle Preise sind in Pfund Sterling angegeben und enthalten die Mehrwertsteuer.',
    'Mit Klarna kannst du in Raten zahlen: Bestellungen zwischen 30 £ und 1.000 £ werden in drei zinsfreie Zahlungen aufgeteilt; die erste wird beim Versand der Bestellung fällig, die anderen 30 und 60 Tage später. Klarna prüft dabei nur oberflächlich deine Bonität; deine Kreditwürdigkeit wird dadurch nicht beeinträchtigt.',
    'Wir autorisieren deine Karte, wenn du bestellst, und buchen den Betrag erst ab, wenn die Bestellung verschickt wird. Wird ein Teil deiner Bestellung separat verschickt, buchen wir jeden Teil bei seinem Versand ab. Kartenzahlungen sind durch 3-D Secure geschützt, deshalb kann deine Bank dich bitten, die Zahlung in ihrer App zu bestätigen.',
    'Wird deine Zahlung abgelehnt, prüf, ob die Rechnungsadresse mit der bei deiner Bank hinterlegten übereinstimmt, oder versuch es mit einer anderen Zahlungsart. Wir fragen dich niemals per E-Mail, Telefon oder Chat nach deinen Kartendaten.',
  ]),
  page(10, 'sendungsverfolgung', 'Sendungsverfolgung', [
    'Wo dein Paket gerade ist, siehst du über den Tracking-Link, den wir dir schicken: Sobald deine Bestellung verschickt ist, bekommst du eine E-Mail und eine SMS mit der Sendungsnummer und einem Link zur Sendungsverfolgung des Paketdienstes. Deine Bestellnummer beginnt mit NW, gefolgt von sechs Ziffern, zum Beispiel NW-482913, und steht in deiner Bestellbestätigung.',
    'Du kannst deine Bestellung auch verfolgen, indem du dich anmeldest und Bestellungen öffnest, oder du fragst ShopBot in unserem Chat: Gib deine Bestellnummer an, und er zeigt dir den aktuellen Status. Die möglichen Status sind: Eingegangen (wir haben deine Bestellung), Verpackt (sie liegt in unserem Lager bereit), Verschickt (der Paketdienst hat sie), In Zustellung und Zugestellt. Wenn du mehrere Artikel bestellt hast, können sie in getrennten Paketen mit jeweils eigener Sendungsnummer ankommen.',
    'Es kann bis zu 24 Stunden nach dem Versand dauern, bis die Sendungsdaten auf der Website des Paketdienstes erscheinen. Ist deine Bestellung 2 Werktage nach dem voraussichtlichen Liefertermin noch nicht da, oder steht in der Sendungsverfolgung „zugestellt“, du findest das Paket aber nicht, melde dich bei uns: Wir leiten beim Paketdienst eine Nachforschung ein und schicken dir Ersatz oder erstatten den Betrag.',
  ]),
  page(13, 'filialen-und-oeffnungszeiten', 'Filialen und Öffnungszeiten', [
    'Northwind Outfitters — Harbour Street: 14 Harbour Street, Bristol BS1 4RN (Telefon 0117 496 0123). Geöffnet montags bis samstags von 9:00 bis 19:00 Uhr und sonntags von 10:00 bis 17:00 Uhr. Es ist unsere größte Filiale, mit einer Kletterwand zum Ausprobieren von Klettergurten; das nächste Parkhaus ist Harbourside NCP, zwei Minuten entfernt.',
    'Northwind Outfitters — Market Square: 3 Market Square, Leeds LS1 6AH (Telefon 0113 496 0456). Geöffnet montags bis freitags von 9:30 bis 20:00 Uhr, samstags von 9:00 bis 18:00 Uhr und sonntags von 11:00 bis 17:00 Uhr. Zum Bahnhof Leeds sind es fünf Minuten zu Fuß.',
    'Northwind Outfitters — Riverside Centre: Unit 21, Riverside Centre, Edinburgh EH3 9QT (Telefon 0131 496 0789). Geöffnet montags bis samstags von 10:00 bis 18:00 Uhr, donnerstags länger bis 20:00 Uhr, und sonntags von 11:00 bis 16:00 Uhr. Im Riverside Centre parkst du drei Stunden kostenlos.',
    'An Feiertagen haben alle Filialen von 10:00 bis 16:00 Uhr geöffnet. Am ersten und zweiten Weihnachtstag (Boxing Day) und an Neujahr sind alle Filialen geschlossen. In jeder Filiale kannst du Click-&-Collect-Bestellungen abholen, Artikel zurückgeben und umtauschen, kostenlose Anprobetermine buchen und unseren Reparaturservice nutzen; alle Filialen sind stufenlos zugänglich und haben eine barrierefreie Umkleide.',
    'Du kannst jeder Filiale direkt in unserem Chat schreiben, um nach Verfügbarkeit und Größen zu fragen oder dir einen Artikel zurücklegen zu lassen.',
  ]),
  page(19, 'internationale-bestellungen', 'Internationale Bestellungen', [
    'Wir versenden auch ins Ausland: in die EU, nach Norwegen, in die Schweiz, in die USA, nach Kanada, Australien und Neuseeland. Der Versand in die EU kostet 9,95 £ und dauert 4–7 Werktage, ab 150 £ Bestellwert ist er kostenlos. In alle anderen Länder kostet der Versand 19,95 £ und dauert 5–10 Werktage, kostenlos ab 250 £. Expresslieferung ist außerhalb des Vereinigten Königreichs nicht möglich.',
    'Die Preise an der Kasse sind in Pfund Sterling angegeben. Für EU-Länder berechnen wir die dortige Mehrwertsteuer direkt beim Bezahlen und übernehmen die Einfuhrzölle selbst, sodass bei der Zustellung nichts mehr zu zahlen ist. In anderen Ländern kann das Zollamt bei Ankunft des Pakets Zölle und Steuern erheben; diese trägst du selbst.',
    'Auch von außerhalb des Vereinigten Königreichs kannst du Artikel innerhalb von 30 Tagen nach der Zustellung zurückgeben, allerdings nicht kostenlos: Schick das Paket mit einem nachverfolgbaren Dienst an unser Retourenzentrum, Northwind Returns, Unit 4, Avonmouth Way, Bristol BS11 8DD, und kennzeichne es als Rücksendung, damit dir nicht zweimal Zoll berechnet wird. Wir erstatten die Artikel, sobald sie bei uns sind, die Rücksendekosten aber nicht.',
    'Click & Collect, Klarna und die Lieferung am nächsten Tag gibt es nur für Bestellungen innerhalb des Vereinigten Königreichs.',
  ]),
];

// How shoppers ask in German versus how the pages word it: questions only, never the pages.

/** Phrases rewritten before a question is split into words (matched without umlauts: "grosse" for "Größe"). */
const PHRASES = [
  [/\bwie lange\b/gi, 'dauert werktage'],
  [/\bwo (ist|sind|bleibt|bleiben) (meine?|mein) (bestellung|paket|sendung)(en|e)?\b/gi, 'sendungsverfolgung $3'],
  [/\bnoch nicht (angekommen|da|geliefert|zugestellt)\b/gi, 'nicht da sendungsverfolgung'],
  [/\bgeld zuruck\b/gi, 'erstattung'],
  [/\bwann (habt|haben|hat) (ihr|sie)? ?(geoffnet|offen|auf)\b/gi, 'offnungszeiten'],
  [/\b(andere lander|anderes land|ausserhalb (von |des )?(grossbritannien|uk|vereinigten konigreichs?))\b/gi, 'ausland'],
  [/\b(frankreich|deutschland|osterreich|schweiz|italien|spanien|niederlande|belgien|polen|schweden|irland|norwegen|usa|amerika|kanada|australien|europa)\b/gi, '$1 ausland'],
  [/\bwie (kann ich|schicke ich|gebe ich) (\w+ ){0,3}(zuruck|zuruckschicken|zuruckgeben|zurucksenden|retournieren)\b/gi, 'rucksendung starten zurucksenden'],
];

/**
 * Words that also search for others (see SYNONYMS in knowledge-base.js): a word the pages use keeps its full
 * weight and its synonyms count for half; a word they never use is replaced by its synonyms.
 */
const SYNONYMS = {
  ausland: 'international ausserhalb lander', international: 'ausland', weltweit: 'ausland lander',
  versand: 'lieferung', lieferung: 'versand', zustellung: 'lieferung', liefern: 'versenden',
  lieferzeit: 'lieferung dauert', versandkosten: 'versand kostet', zusteller: 'paketdienst', kurier: 'paketdienst',
  kostenlos: 'kostenlos', gratis: 'kostenlos', umsonst: 'kostenlos', kosten: 'kostet', preis: 'kostet',
  teuer: 'kostet', dauer: 'dauert', dauern: 'dauert',
  rucksendung: 'zuruckgeben', ruckgabe: 'rucksendung', zuruckgeben: 'rucksendung', umtausch: 'rucksendung',
  retoure: 'rucksendung', erstattung: 'rucksendung', geld: 'erstattung', ruckerstattung: 'erstattung',
  bezahlen: 'zahlung', zahlen: 'zahlung', raten: 'raten', ratenzahlung: 'raten', bar: 'bar', abgelehnt: 'abgelehnt',
  kreditkarte: 'kreditkarten karte', geschenkgutschein: 'geschenkkarte', gutschein: 'geschenkkarte',
  sendungsverfolgung: 'verfolgen sendungsnummer', verfolgen: 'sendungsverfolgung', tracking: 'sendungsverfolgung',
  tracken: 'sendungsverfolgung', sendungsnummer: 'sendungsnummer', paket: 'paket',
  offnungszeiten: 'geoffnet', geoffnet: 'offnungszeiten', offen: 'offnungszeiten', uhrzeit: 'offnungszeiten',
  laden: 'filiale', geschaft: 'filiale', shop: 'filiale', standort: 'filiale', adresse: 'filiale', parken: 'parkhaus',
  grosse: 'grossen', grossentabelle: 'grosse', passt: 'grosse', messen: 'misst', finde: 'grosse',
};

/** Words that name the thing a question is about rather than what it asks: they count for half. */
const ITEM_WORDS = 'artikel produkt kleidung jacke mantel parka stiefel schuhe schuh pullover hose rucksack zelt';

/**
 * German words in English, for questions the German pages do not answer (rag.js looks them up in the English
 * help centre). Single words, as a shopper types them; the English side may be several.
 */
const GLOSSARY = {
  versand: 'delivery', versenden: 'ship', liefern: 'deliver', lieferung: 'delivery', zustellung: 'delivery',
  zusteller: 'courier', paketdienst: 'courier', kostenlos: 'free', gratis: 'free', kosten: 'cost', kostet: 'cost',
  preis: 'price', billiger: 'cheaper', gunstiger: 'cheaper', dauert: 'take', tage: 'days', express: 'express',
  sonntag: 'sunday', samstag: 'saturday', feiertag: 'bank holiday', ausland: 'abroad',
  international: 'international', land: 'country', zoll: 'customs', zolle: 'duties', steuern: 'taxes',
  rucksendung: 'return', zuruckgeben: 'return', zurucksenden: 'return', ruckgabe: 'return', erstattung: 'refund',
  geld: 'money', umtauschen: 'exchange', umtausch: 'exchange', tauschen: 'swap', grosse: 'size', messen: 'measure',
  brust: 'chest', taille: 'waist', fuss: 'foot', schuhe: 'shoes', stiefel: 'boots', wanderschuhe: 'hiking boots',
  jacke: 'jacket', hose: 'trousers', pullover: 'jumper', kleidung: 'clothing', anprobieren: 'try',
  termin: 'appointment', anprobe: 'fitting', buchen: 'book', waschen: 'wash', reinigen: 'clean',
  trockner: 'tumble dry', wasserdicht: 'waterproof', pflege: 'care', pflegen: 'care', wolle: 'merino',
  leder: 'leather', zahlung: 'payment', bezahlen: 'pay', zahlen: 'pay', karte: 'card', kreditkarte: 'credit card',
  raten: 'instalments', bar: 'cash', abgelehnt: 'declined', geschenkkarte: 'gift card', gutschein: 'gift card',
  geschenkgutschein: 'gift card', guthaben: 'balance', gultig: 'valid', ablaufen: 'expire', rabatt: 'discount',
  rabattcode: 'promo code', code: 'code', sale: 'sale', student: 'student', studenten: 'student',
  bestellung: 'order', bestellen: 'order', sendungsverfolgung: 'tracking', verfolgen: 'track', paket: 'parcel',
  angekommen: 'arrived', stornieren: 'cancel', andern: 'change', adresse: 'address', filiale: 'store',
  laden: 'store', geschaft: 'store', offnungszeiten: 'opening hours', geoffnet: 'open', offen: 'open',
  parken: 'parking', telefon: 'phone', email: 'email', kontakt: 'contact', kontaktieren: 'contact', mensch: 'person',
  mitarbeiter: 'person', sprechen: 'speak', garantie: 'guarantee', gewahrleistung: 'warranty', reparatur: 'repair',
  reparieren: 'repair', kaputt: 'broken', defekt: 'faulty', reissverschluss: 'zip', sohle: 'sole', punkte: 'points', treuepunkte: 'loyalty points', bonuspunkte: 'loyalty points',
  mitglied: 'member', treueprogramm: 'loyalty', geburtstag: 'birthday', daten: 'data', datenschutz: 'privacy',
  loschen: 'delete', abholen: 'collect', rucksack: 'backpack', zelt: 'tent', preisgarantie: 'price match',
};

export const DE = {
  code: /** @type {const} */ ('de'),
  pages: PAGES,
  phrases: PHRASES,
  synonyms: SYNONYMS,
  itemWords: ITEM_WORDS,
  glossary: GLOSSARY,
  smallTalk: {
    greeting: 'hallo hi hey guten tag morgen abend servus moin gruss gott gruezi zusammen',
    thanks: 'danke vielen dank schon sehr super toll prima perfekt klasse ok okay alles klar hat geholfen',
    bye: 'tschuss wiedersehen auf ciao bis bald spater',
  },
  say: {
    greeting: 'Hallo! Ich bin der Kesk-Assistent von **Northwind Outfitters**. Frag mich zu Versand, Rücksendungen, ' +
      'Zahlung, Sendungsverfolgung, Größen oder unseren Filialen – ich antworte aus unserem Hilfe-Center.',
    thanks: 'Gern geschehen! Kann ich dir sonst noch helfen?',
    bye: 'Tschüss und viel Spaß draußen! Melde dich jederzeit wieder, wenn du eine Frage hast.',
    noMatch: 'Dazu habe ich im Hilfe-Center von Northwind Outfitters nichts gefunden, und raten möchte ich nicht. ' +
      'Das Team deiner nächsten Filiale hilft dir gern: Schreib einer unserer Filialen hier im Chat oder wende dich ' +
      'an unseren Kundenservice unter 0800 123 4567 oder help@northwind.example.',
    notQuite: 'Falls das deine Frage nicht ganz beantwortet: Unsere Filialen und unser Kundenservice ' +
      '(0800 123 4567) helfen dir gern weiter.',
    alsoUseful: '**Auch hilfreich:**',
    englishOnly: 'Darauf kann ich dir leider nur auf Englisch antworten:',
  },
};
