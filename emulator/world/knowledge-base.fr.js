// The help centre in French: the pages shoppers ask about most, paragraph for paragraph with the English ones of
// the same id (knowledge-base.js), so that the facts agree. Addressed with "vous", as the widget's French is.

const BASE = 'https://help.northwind.example/fr/';

/** @param {number} id the English page's id @param {string} slug @param {string} title @param {string[]} paragraphs */
function page(id, slug, title, paragraphs) {
  return { id, title, url: BASE + slug, body: paragraphs.join('\n\n') };
}

const PAGES = [
  page(1, 'expedition-et-livraison', 'Expédition et livraison', [
    'Nous livrons à toutes les adresses du Royaume-Uni, y compris les Highlands, les îles et l’Irlande du Nord. Les commandes passées avant 14 h un jour ouvré sont préparées et expédiées le jour même ; celles passées plus tard, le week-end ou un jour férié partent le jour ouvré suivant.',
    'La livraison standard prend 3 à 5 jours ouvrés et coûte 3,95 £ ; elle est gratuite dès 50 £ d’achat. La livraison express prend 1 à 2 jours ouvrés et coûte 7,95 £. La livraison le lendemain coûte 9,95 £ et est proposée pour les commandes passées avant 14 h du lundi au jeudi ; les commandes du vendredi après 14 h arrivent le mardi. Les livraisons vers les Highlands, les îles et l’Irlande du Nord peuvent prendre 1 à 2 jours ouvrés de plus.',
    'Selon leur taille, les colis voyagent avec DPD ou Royal Mail. Le matin de la livraison, DPD vous indique un créneau d’une heure et vous permet de faire livrer le colis chez un voisin, dans un lieu sûr ou dans un point relais DPD Pickup. Les articles volumineux peuvent nécessiter une signature. DPD et Royal Mail livrent du lundi au samedi ; il n’y a pas de livraison le dimanche ni les jours fériés.',
    'Si vous êtes absent, le livreur laisse un avis de passage et repasse le jour ouvré suivant, ou dépose le colis dans un dépôt ou un bureau de poste proche, où il reste 7 jours. Les colis non retirés nous sont renvoyés et nous remboursons la commande, hors frais de livraison initiaux.',
    'Vous pouvez aussi retirer gratuitement votre commande dans l’un de nos trois magasins : voir Click & collect.',
  ]),
  page(2, 'retours-et-remboursements', 'Retours et remboursements', [
    'Notre politique de retour est simple : vous disposez de 30 jours à compter de la livraison de votre commande pour retourner tout article acheté chez Northwind Outfitters, en ligne ou en magasin, et être intégralement remboursé. Les vêtements doivent être non portés, non lavés et munis de leurs étiquettes d’origine. Les chaussures doivent être retournées non portées, dans leur boîte d’origine, et n’avoir été essayées qu’en intérieur : essayez-les sur un sol propre et moquetté. Les articles soldés peuvent être retournés sous 14 jours.',
    'Certains articles ne peuvent être retournés que s’ils sont défectueux : les sous-vêtements et maillots de bain dont la protection hygiénique a été retirée, les articles personnalisés ou gravés et les cartes cadeaux. Les articles défectueux sont toujours couverts par notre garantie de deux ans.',
    'Pour un retour par la poste, connectez-vous à votre compte, ouvrez Commandes, choisissez la commande et sélectionnez Faire un retour. Choisissez les articles et un motif : nous vous envoyons par e-mail une étiquette prépayée gratuite Royal Mail ou InPost et un code QR. Emballez soigneusement les articles, collez l’étiquette et déposez le colis dans un bureau de poste ou une consigne InPost. Conservez votre preuve de dépôt jusqu’au remboursement. Vous pouvez aussi faire un retour avec ShopBot dans notre chat.',
    'Pour un retour en magasin, apportez les articles avec l’e-mail de confirmation de commande ou votre ticket de caisse dans n’importe quel magasin Northwind Outfitters. Nous remboursons immédiatement en caisse les paiements par carte ; l’argent apparaît ensuite sur votre compte sous 3 à 5 jours ouvrés.',
    'Les retours par la poste sont remboursés sur le moyen de paiement d’origine sous 5 à 7 jours ouvrés après l’arrivée du colis dans notre entrepôt, et nous vous prévenons par e-mail. Les frais de livraison initiaux ne sont remboursés que si vous retournez toute la commande ou si l’article est défectueux. Les commandes payées par carte cadeau sont remboursées sous forme de nouvelle carte cadeau électronique.',
  ]),
  page(4, 'guide-des-tailles', 'Guide des tailles : vêtements', [
    'Pour les hauts, les vestes et les pulls, nos tailles suivent le tour de poitrine : XS correspond à 84–88 cm, S à 89–94 cm, M à 95–101 cm, L à 102–108 cm, XL à 109–116 cm et XXL à 117–124 cm.',
    'Les pantalons sont taillés selon le tour de taille en pouces : 28 (71 cm), 30 (76 cm), 32 (81 cm), 34 (86 cm), 36 (91 cm), 38 (97 cm) et 40 (102 cm). La plupart des modèles existent en longueur de jambe courte (29 in), normale (31 in) et longue (33 in), et le pantalon Cairn Trekking Trousers existe aussi en longueur extra-longue (35 in).',
    'Pour mesurer votre tour de poitrine, passez un mètre ruban souple autour de la partie la plus large de la poitrine, sous les bras, bien à l’horizontale, ajusté sans serrer. Pour le tour de taille, mesurez autour de votre taille naturelle, juste au-dessus des os des hanches. Mesurez-vous par-dessus une première couche fine, pas par-dessus un pull.',
    'Si vous hésitez entre deux tailles, prenez la plus grande pour les couches extérieures comme la Ridgeline Waterproof Jacket et la Fjord Down Parka, car vous porterez une polaire ou un pull dessous. Prenez la plus petite pour les premières couches et le Harbour Merino Jumper, coupé près du corps, qui se détend un peu à l’usage.',
    'Vous hésitez encore ? FitBot, dans notre chat, vous conseille une taille en une minute, et vous pouvez réserver un rendez-vous d’essayage gratuit dans n’importe lequel de nos magasins.',
  ]),
  page(8, 'moyens-de-paiement', 'Moyens de paiement', [
    'En ligne, nous acceptons les cartes de crédit et de débit Visa, Mastercard et American Express, PayPal, Apple Pay, Google Pay, Klarna et les cartes cadeaux Northwind. En magasin, nous acceptons aussi les espèces et le paiement sans contact. Tous les prix sont en livres sterling, TVA comprise.',
    'Avec Klarna, vous pouvez payer en plusieurs fois : les commandes de 30 £ à 1 000 £ sont réglées en trois versements sans frais ; le premier est prélevé à l’expédition de la commande, les suivants 30 et 60 jours plus tard. Klarna effectue une vérification de solvabilité légère, sans effet sur votre dossier de crédit.',
    'Nous demandons une autorisation sur votre carte au moment de la commande et ne débitons le montant qu’à l’expédition. Si une partie de votre commande est expédiée séparément, nous débitons chaque partie au moment de son envoi. Les paiements par carte sont protégés par 3-D Secure : votre banque peut vous demander de confirmer le paiement dans son application.',
    'Si votre paiement est refusé, vérifiez que l’adresse de facturation correspond à celle enregistrée par votre banque, ou essayez un autre moyen de paiement. Nous ne vous demanderons jamais vos coordonnées bancaires par e-mail, par téléphone ou par chat.',
  ]),
  page(10, 'suivi-de-commande', 'Suivre votre commande', [
    'Pour savoir où se trouve votre colis, utilisez le lien de suivi que nous vous envoyons : dès l’expédition de votre commande, vous recevez un e-mail et un SMS avec le numéro de suivi et un lien vers la page de suivi du transporteur. Votre numéro de commande commence par NW suivi de six chiffres, par exemple NW-482913, et figure dans votre e-mail de confirmation.',
    'Vous pouvez aussi suivre votre commande en vous connectant à votre compte, rubrique Commandes, ou en demandant à ShopBot dans notre chat : donnez-lui votre numéro de commande et il vous indique son statut. Les statuts sont : Reçue (nous avons votre commande), Préparée (elle est prête dans notre entrepôt), Expédiée (le transporteur l’a prise en charge), En cours de livraison et Livrée. Si vous avez commandé plusieurs articles, ils peuvent arriver dans des colis séparés, chacun avec son propre numéro de suivi.',
    'Les informations de suivi peuvent mettre jusqu’à 24 heures à apparaître sur le site du transporteur après l’expédition. Si votre commande n’est pas arrivée 2 jours ouvrés après la date de livraison prévue, ou si le suivi l’indique comme livrée alors que vous ne la trouvez pas, contactez-nous : nous ouvrons une enquête auprès du transporteur et vous envoyons un article de remplacement ou vous remboursons.',
  ]),
  page(13, 'magasins-et-horaires', 'Magasins et horaires d’ouverture', [
    'Northwind Outfitters — Harbour Street se trouve au 14 Harbour Street, Bristol BS1 4RN (téléphone 0117 496 0123). Il est ouvert du lundi au samedi de 9 h à 19 h et le dimanche de 10 h à 17 h. C’est notre plus grand magasin, avec un mur d’escalade pour essayer les baudriers ; le parking le plus proche, Harbourside NCP, est à deux minutes.',
    'Northwind Outfitters — Market Square se trouve au 3 Market Square, Leeds LS1 6AH (téléphone 0113 496 0456). Il est ouvert du lundi au vendredi de 9 h 30 à 20 h, le samedi de 9 h à 18 h et le dimanche de 11 h à 17 h. Il est à cinq minutes à pied de la gare de Leeds.',
    'Northwind Outfitters — Riverside Centre se trouve à l’adresse Unit 21, Riverside Centre, Edinburgh EH3 9QT (téléphone 0131 496 0789). Il est ouvert du lundi au samedi de 10 h à 18 h, en nocturne le jeudi jusqu’à 20 h, et le dimanche de 11 h à 16 h. Le Riverside Centre offre trois heures de stationnement gratuit.',
    'Les jours fériés, tous les magasins sont ouverts de 10 h à 16 h. Ils sont tous fermés le jour de Noël, le lendemain de Noël (Boxing Day) et le jour de l’An. Dans chaque magasin, vous pouvez retirer vos commandes Click & collect, faire des retours et des échanges, prendre un rendez-vous d’essayage gratuit et profiter de notre service de réparation ; tous sont de plain-pied et disposent d’une cabine d’essayage accessible.',
    'Vous pouvez écrire directement à n’importe quel magasin dans notre chat pour vous renseigner sur les stocks ou les tailles, ou pour faire mettre un article de côté.',
  ]),
  page(19, 'commandes-internationales', 'Commandes internationales', [
    'Nous livrons à l’étranger : dans l’Union européenne, en Norvège, en Suisse, aux États-Unis, au Canada, en Australie et en Nouvelle-Zélande. La livraison dans l’UE coûte 9,95 £ et prend 4 à 7 jours ouvrés ; elle est gratuite dès 150 £ d’achat. Vers le reste du monde, elle coûte 19,95 £ et prend 5 à 10 jours ouvrés, gratuite dès 250 £. La livraison express n’est pas disponible hors du Royaume-Uni.',
    'Les prix affichés au paiement sont en livres sterling. Pour les pays de l’UE, nous facturons la TVA locale au moment du paiement et prenons en charge les droits d’importation : vous n’avez rien de plus à payer à la réception. Pour les autres pays, le bureau de douane local peut facturer des droits et taxes à l’arrivée du colis ; ils restent à votre charge.',
    'Hors du Royaume-Uni, vous pouvez également retourner vos articles dans les 30 jours suivant la réception, mais ces retours ne sont pas gratuits : renvoyez le colis par un service avec suivi à notre centre de retours, Northwind Returns, Unit 4, Avonmouth Way, Bristol BS11 8DD, en indiquant qu’il s’agit de marchandises retournées pour ne pas payer les droits de douane deux fois. Nous remboursons les articles dès leur arrivée, mais pas les frais de retour.',
    'Le Click & collect, Klarna et la livraison le lendemain sont réservés aux commandes au Royaume-Uni.',
  ]),
];

// How shoppers ask in French versus how the pages word it: questions only, never the pages.

/** Phrases rewritten before a question is split into words (matched without accents: "delai" for "délai"). */
const PHRASES = [
  [/\bcombien de (temps|jours)\b/gi, 'delai jours'],
  [/\bou (est|en est|sont) (ma|mon|mes) (commande|colis)s?\b/gi, 'suivi $3'],
  [/\bpas (encore )?(arrive|recu|livre)e?s?\b/gi, 'pas arrivee suivi'],
  [/\bquand (etes-vous|etes vous|ouvrez-vous|ouvrez vous) (ouverts?)?\b/gi, 'horaires ouverture'],
  [/\b(autres? pays|hors (du )?royaume-uni|hors (du )?royaume uni)\b/gi, 'etranger'],
  [/\b(france|allemagne|belgique|suisse|italie|espagne|portugal|pays-bas|luxembourg|irlande|canada|quebec|etats-unis|usa|australie|europe)\b/gi, '$1 etranger'],
  [/\bcomment (faire un retour|retourner|renvoyer|rendre)\b/gi, 'faire un retour poste'],
  [/\b(trouver|connaitre|choisir) (ma|la bonne|votre|sa|mes) (taille|pointure)s?\b/gi, 'conseille taille hesitez'],
  [/\bcartes? cadeaux?\b/gi, 'cartecadeau'], // one thing, not a card and a present
];

/**
 * Words that also search for others (see SYNONYMS in knowledge-base.js): a word the pages use keeps its full
 * weight and its synonyms count for half; a word they never use is replaced by its synonyms.
 */
const SYNONYMS = {
  etranger: 'internationales hors monde', international: 'etranger', monde: 'etranger',
  envoyer: 'livrer expedier', envoyez: 'livrer expedier', expediez: 'livrez expedier', livrer: 'livraison',
  expedition: 'livraison', delai: 'jours prend', delais: 'jours prend', temps: 'jours prend', frais: 'coute',
  gratuit: 'gratuite', gratuite: 'gratuit', cout: 'coute', prix: 'coute', tarif: 'coute', cher: 'coute',
  transporteur: 'livreur', facteur: 'livreur', coursier: 'livreur',
  retourner: 'retour', renvoyer: 'retour', rendre: 'retour', rembourse: 'remboursement', argent: 'remboursement',
  echanger: 'retour', politique: 'retour',
  payer: 'paiement', reglement: 'paiement', regler: 'paiement', fois: 'plusieurs', especes: 'especes',
  liquide: 'especes', refuse: 'refuse', refusee: 'refuse', cartecadeau: 'carte cadeaux',
  suivre: 'suivi', suivi: 'suivre', tracking: 'suivi', localiser: 'suivi', colis: 'colis',
  horaires: 'ouvert', horaire: 'ouvert', heures: 'ouvert horaires', ouvrez: 'ouvert horaires', ouverts: 'horaires',
  fermez: 'fermes', fermes: 'fermes', boutique: 'magasin', boutiques: 'magasin', adresse: 'magasin',
  garer: 'parking', stationnement: 'parking',
  taille: 'tailles', pointure: 'taille', mesurer: 'mesurer', mensurations: 'mesurer taille',
};

/** Words that name the thing a question is about rather than what it asks: they count for half. */
const ITEM_WORDS = 'article produit vetement vetements veste manteau parka chaussures bottes pull pantalon sac tente';

/**
 * French words in English, for questions the French pages do not answer (rag.js looks them up in the English
 * help centre). Single words, as a shopper types them; the English side may be several.
 */
const GLOSSARY = {
  livraison: 'delivery', livrer: 'deliver', livrez: 'deliver', expedition: 'delivery', expedier: 'ship',
  envoyer: 'ship', livreur: 'courier', transporteur: 'courier', gratuit: 'free', gratuite: 'free', cout: 'cost',
  coute: 'cost', prix: 'price', frais: 'charge', moins: 'cheaper', jours: 'days', delai: 'days', express: 'express',
  dimanche: 'sunday', samedi: 'saturday', ferie: 'bank holiday', etranger: 'abroad',
  international: 'international', pays: 'country', douane: 'customs', droits: 'duties', taxes: 'taxes',
  retour: 'return', retourner: 'return', renvoyer: 'return', rendre: 'return', remboursement: 'refund',
  rembourser: 'refund', argent: 'money', echanger: 'exchange', echange: 'exchange', taille: 'size', pointure: 'size',
  mesurer: 'measure', poitrine: 'chest', pied: 'foot', chaussures: 'shoes', bottes: 'boots', veste: 'jacket',
  manteau: 'jacket', pantalon: 'trousers', pull: 'jumper', vetements: 'clothing', essayer: 'try',
  rendez: 'appointment', essayage: 'fitting', reserver: 'book', laver: 'wash', lavage: 'wash', nettoyer: 'clean',
  seche: 'tumble dry', impermeable: 'waterproof', entretien: 'care', entretenir: 'care', laine: 'merino',
  cuir: 'leather', paiement: 'payment', payer: 'pay', carte: 'card', credit: 'credit', debit: 'debit',
  fois: 'instalments', especes: 'cash', refuse: 'declined', refusee: 'declined', cadeau: 'gift',
  cartecadeau: 'gift card', solde: 'balance', expire: 'expire', expiration: 'expiry', bon: 'voucher',
  reduction: 'discount', remise: 'discount', promo: 'promo code', code: 'code', soldes: 'sale', etudiant: 'student',
  commande: 'order', commander: 'order', suivi: 'tracking', suivre: 'track', colis: 'parcel', arrive: 'arrived',
  annuler: 'cancel', modifier: 'change', adresse: 'address', magasin: 'store', boutique: 'store',
  horaires: 'opening hours', ouvert: 'open', ferme: 'close', parking: 'parking', telephone: 'phone',
  mail: 'email', contact: 'contact', contacter: 'contact', personne: 'person', conseiller: 'person',
  parler: 'speak', garantie: 'guarantee', reparer: 'repair', reparation: 'repair', casse: 'broken',
  defectueux: 'faulty', fermeture: 'zip', semelle: 'sole', points: 'points', fidelite: 'loyalty', membre: 'member',
  anniversaire: 'birthday', donnees: 'data', confidentialite: 'privacy', supprimer: 'delete', retirer: 'collect',
  sac: 'backpack', tente: 'tent', alignement: 'price match',
};

export const FR = {
  code: /** @type {const} */ ('fr'),
  pages: PAGES,
  phrases: PHRASES,
  synonyms: SYNONYMS,
  itemWords: ITEM_WORDS,
  glossary: GLOSSARY,
  smallTalk: {
    greeting: 'bonjour salut bonsoir coucou hello madame monsieur',
    thanks: 'merci beaucoup bien super parfait genial top ok d accord tres sympa c est gentil ca m aide',
    bye: 'au revoir bonne journee soiree a bientot plus tard',
  },
  say: {
    greeting: 'Bonjour ! Je suis l’Assistant Kesk de **Northwind Outfitters**. Posez-moi vos questions sur la ' +
      'livraison, les retours, le paiement, le suivi de commande, les tailles ou nos magasins : je vous réponds à ' +
      'partir de notre centre d’aide.',
    thanks: 'Avec plaisir ! Puis-je vous aider pour autre chose ?',
    bye: 'Au revoir et bonnes aventures ! Revenez quand vous voulez si vous avez une question.',
    noMatch: 'Je n’ai rien trouvé à ce sujet dans le centre d’aide de Northwind Outfitters et je préfère ne pas ' +
      'deviner. L’équipe du magasin le plus proche peut vous aider : écrivez à l’un de nos magasins ici dans le ' +
      'chat, ou contactez notre service client au 0800 123 4567 ou à help@northwind.example.',
    notQuite: 'Si cela ne répond pas tout à fait à votre question, nos magasins et notre service client ' +
      '(0800 123 4567) se feront un plaisir de vous aider.',
    alsoUseful: '**À lire aussi :**',
    englishOnly: 'Je ne peux vous répondre à ce sujet qu’en anglais :',
  },
};
