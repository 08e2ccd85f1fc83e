// The help centre of the demo store, Northwind Outfitters: what the AI assistant answers from (rag.js).
// Paragraphs are separated by a blank line because retrieval ranks paragraphs, not whole pages. The facts
// agree with each other and with people.js (store hours, addresses) and bots.js (sizes, returns, delivery).

const BASE = 'https://help.northwind.example/';

/** @param {string} slug @param {string} title @param {string[]} paragraphs */
function page(id, slug, title, paragraphs) {
  return { id, title, url: BASE + slug, body: paragraphs.join('\n\n') };
}

/** @type {{ id: number, title: string, url: string, body: string }[]} */
export const PAGES = [
  page(1, 'shipping-and-delivery', 'Shipping and delivery', [
    'We deliver to every address in the UK, including the Highlands, the islands and Northern Ireland. Orders placed before 14:00 on a working day are packed and dispatched the same day; orders placed later, at weekends or on bank holidays are dispatched the next working day.',
    'Standard delivery takes 3–5 working days and costs £3.95, and it is free on orders over £50. Express delivery takes 1–2 working days and costs £7.95. Next-day delivery costs £9.95 and is available for orders placed before 14:00 Monday to Thursday; orders placed on Friday after 14:00 arrive on Tuesday. Deliveries to the Highlands, the islands and Northern Ireland can take 1–2 extra working days.',
    'UK parcels travel with DPD or Royal Mail depending on their size. DPD gives you a one-hour delivery window on the morning of delivery and lets you redirect the parcel to a neighbour, a safe place or a DPD Pickup point. Large items such as tents may need a signature. DPD and Royal Mail deliver Monday to Saturday; there are no deliveries on Sundays or bank holidays.',
    'If you are not home, the courier leaves a card and tries again the next working day, or takes the parcel to a local depot or Post Office for 7 days. Parcels that are not collected come back to us and we refund the order, less the original delivery charge.',
    'You can also collect your order from any of our three stores for free: see Click & collect.',
  ]),
  page(2, 'returns-and-refunds', 'Returns and refunds', [
    'Our returns policy is simple: you have 30 days from the day your order is delivered to return anything you bought from Northwind Outfitters, online or in store, for a full refund. Clothing must be unworn and unwashed with the original tags attached. Shoes and boots must be returned unworn, in their original box, and tried on indoors only: please check the fit of footwear on a clean, carpeted floor. Sale items can be returned within 14 days.',
    'Some items cannot be returned unless they are faulty: underwear and swimwear with the hygiene seal removed, personalised or engraved items, and gift cards. Faulty items are always covered by our two-year guarantee, see Warranty and repairs.',
    'To return by post, sign in to your account, open Orders, choose the order and select Start a return. Pick the items and a reason, and we email you a free prepaid Royal Mail or InPost label and a QR code. Pack the items securely, attach the label and drop the parcel at any Post Office or InPost locker. Keep your proof of postage until your refund arrives. You can also start a return with ShopBot in our chat.',
    'To return in store, bring the items and your order confirmation email or receipt to any Northwind Outfitters store. We refund card payments straight away at the till; the money then takes 3–5 working days to show in your account.',
    'Refunds for returns by post go back to the original payment method within 5–7 working days of the parcel reaching our warehouse, and we email you when the refund is issued. The original delivery charge is refunded only when you return the whole order or the item is faulty. Orders paid with a gift card are refunded as a new e-gift card.',
  ]),
  page(3, 'exchanges', 'Exchanging an item', [
    'If something does not fit, so you need a bigger or smaller size, or you would prefer another colour, you can swap it: exchanges are free within 30 days of delivery. The item must be unworn, with its tags attached; shoes must be unworn and in their original box. Exchanges are for the same product in a different size or colour; for a different product, return the item for a refund and place a new order.',
    'To exchange by post, sign in, open Orders, choose the order and select Exchange. Pick the new size or colour and we reserve it for you straight away, so it will not sell out while your parcel is on its way. Send the original back with the free prepaid label we email you. We dispatch the replacement by standard delivery as soon as the return is scanned by the carrier, usually within 2 working days.',
    'To exchange in store, bring the item and your order confirmation to any of our stores. If your size is in stock we swap it there and then; if not, we order it to the store or to your home at no cost.',
    'Each item can be exchanged once. If the replacement does not fit either, you can still return it for a refund within the original 30 days. If the new size or colour costs less, we refund the difference; if it costs more, we ask you to pay the difference.',
  ]),
  page(4, 'clothing-size-guide', 'Clothing size guide', [
    'Our clothing sizes follow chest measurements for tops, jackets and jumpers: XS fits a chest of 84–88 cm (33–35 in), S 89–94 cm (35–37 in), M 95–101 cm (37–40 in), L 102–108 cm (40–42 in), XL 109–116 cm (43–46 in) and XXL 117–124 cm (46–49 in).',
    'Trousers are sized by waist in inches: 28 (71 cm), 30 (76 cm), 32 (81 cm), 34 (86 cm), 36 (91 cm), 38 (97 cm) and 40 (102 cm). Most styles come in short (29 in), regular (31 in) and long (33 in) leg lengths, and the Cairn Trekking Trousers also in extra long (35 in).',
    'To measure your chest, wrap a soft tape measure around the fullest part of your chest, under your arms, keeping it level and snug but not tight. For your waist, measure around your natural waistline, just above the hip bones. Measure over a thin base layer, not over a jumper.',
    'If you are between two sizes, choose the larger size for outer layers such as the Ridgeline Waterproof Jacket and the Fjord Down Parka, because you will wear a fleece or jumper under them. Choose the smaller size for base layers and the Harbour Merino Jumper, which is cut close to the body and relaxes slightly with wear.',
    'Not sure? FitBot in our chat gives size advice in a minute, and you can book a free fitting appointment at any of our stores.',
  ]),
  page(5, 'footwear-size-guide', 'Footwear size guide', [
    'Our footwear is sized in UK sizes, with half sizes from UK 3 to UK 12. The conversions we use are: UK 5 = EU 38 = US men 6 = US women 7; UK 6 = EU 39.5 = US men 7 = US women 8; UK 7 = EU 40.5 = US men 8 = US women 9; UK 8 = EU 42 = US men 9 = US women 10; UK 9 = EU 43 = US men 10; UK 10 = EU 44.5 = US men 11; UK 11 = EU 45.5 = US men 12.',
    'To measure your foot, stand on a sheet of paper with your heel against a wall, mark the tip of your longest toe and measure the distance from the wall in centimetres. Measure both feet in the evening, when they are at their largest, and use the longer one. A foot of 26 cm usually fits a UK 8.',
    'Hiking boots such as the Trailmark Hiking Boots are worn with thicker socks, so if you are between sizes or plan long walks, go up half a size. Trail running shoes such as the Drift Trail Runners fit true to size; leave about a thumb’s width between your longest toe and the end of the shoe.',
    'Please try new boots and shoes on indoors on a clean floor: we can only accept footwear back unworn and in its original box (see Returns and refunds). Our stores have a fitting ramp so you can check for heel lift and toe bang before you buy.',
  ]),
  page(6, 'fitting-appointments', 'Fitting appointments', [
    'Every Northwind Outfitters store offers free 30-minute fitting appointments with one of our trained fitters. We measure you, bring out the sizes and styles that suit what you are planning, and for boots we check the fit on our ramp and can adjust the lacing or add insoles.',
    'You can book an appointment with FitBot in our chat: choose the store and a time, and we email you a confirmation. Appointments run from one hour after opening until one hour before closing, every day. Please arrive five minutes early and bring the socks or base layers you plan to wear.',
    'To move or cancel an appointment, use the link in your confirmation email or message the store in our chat. There is no charge for cancelling, but please let us know at least 2 hours before so we can offer the slot to someone else. Walk-in fittings are welcome too when a fitter is free.',
  ]),
  page(7, 'care-instructions', 'Caring for your gear', [
    'Waterproof jackets and trousers, such as the Ridgeline Waterproof Jacket and the Coastline Rain Trousers, should be washed regularly: dirt and body oils clog the membrane. Close all zips and Velcro, machine wash at 30°C with a technical cleaner like Nikwax Tech Wash (not ordinary detergent or fabric softener), rinse twice and tumble dry on low, which also reactivates the water-repellent finish.',
    'When water no longer beads on the fabric of a waterproof, usually after about ten washes, reproof it with a wash-in or spray-on treatment such as Nikwax TX.Direct. Our stores reproof jackets for £12 while you shop.',
    'Down jackets such as the Fjord Down Parka can be machine washed at 30°C on a gentle cycle with a down-specific wash. Tumble dry on low with two or three clean tennis balls or dryer balls to break up clumps of down; drying fully can take two to three hours. Store down uncompressed, on a hanger.',
    'Merino wool such as the Harbour Merino Jumper needs little washing: air it out between wears. When it does need a wash, use the wool cycle at 30°C or hand wash cold with a wool detergent, then dry flat away from direct heat. Never tumble dry merino.',
    'For leather boots, brush off mud after each walk, let them dry slowly at room temperature with the insoles out (never next to a radiator or fire), and condition the leather with a wax every few months. Fabric boots can be cleaned with a soft brush and lukewarm water.',
  ]),
  page(8, 'payment-methods', 'Payment methods', [
    'Online we accept Visa, Mastercard and American Express credit and debit cards, PayPal, Apple Pay, Google Pay, Klarna and Northwind gift cards. In store we also accept cash and contactless payments. All prices are in pounds sterling and include VAT.',
    'With Klarna you can pay in instalments: orders between £30 and £1,000 split into three interest-free payments; the first is taken when your order is dispatched and the others 30 and 60 days later. Klarna runs a soft credit check that does not affect your credit score.',
    'We authorise your card when you place the order and take the payment only when the order is dispatched. If part of your order ships separately, we take payment for each part as it ships. Card payments are protected by 3-D Secure, so your bank may ask you to confirm the payment in its app.',
    'If your payment is declined, check that the billing address matches the one your bank holds, or try another payment method. We never ask for your card details by email, phone or chat.',
  ]),
  page(9, 'gift-cards', 'Gift cards', [
    'Northwind gift cards are available from £10 to £500, as plastic cards in store and online (sent free by first-class post) or as e-gift cards delivered by email within an hour, with your message. Gift cards are valid for 24 months from the date of purchase, and each use extends the validity by another 24 months.',
    'You can spend a gift card online, by entering its 16-digit number and PIN at checkout, and in any of our stores. You can use up to five gift cards on one order and pay any remaining balance by card, PayPal or Apple Pay. Gift cards cannot be used to buy other gift cards and cannot be exchanged for cash.',
    'To check your balance, use the balance checker on our website, ask in store, or look at the bottom of your receipt after you use the card. A lost or stolen card can be replaced with its remaining balance if you have the proof of purchase: contact us with the order number.',
  ]),
  page(10, 'order-tracking', 'Tracking your order', [
    'To see where your parcel is, use the tracking link we send you: when your order is dispatched, we send you an email and a text message with the tracking number and a link to the courier’s tracking page. Your order number starts with NW followed by six digits, for example NW-482913, and appears on your confirmation email.',
    'You can also follow your order by signing in and opening Orders, or by asking ShopBot in our chat: give it your order number and it shows the current status. The statuses are: Received (we have your order), Packed (it is ready at our warehouse), Dispatched (the courier has it), Out for delivery and Delivered. If you ordered several items, they may arrive in separate parcels, each with its own tracking number.',
    'Tracking information can take up to 24 hours to appear on the courier’s website after dispatch. If your order has not arrived 2 working days after its expected delivery date, or the tracking says delivered but you cannot find it, contact us and we will open an investigation with the courier and send a replacement or a refund.',
  ]),
  page(11, 'changing-or-cancelling-an-order', 'Changing or cancelling an order', [
    'You can cancel or change an order for 30 minutes after placing it: sign in, open Orders and choose Cancel order or Edit order. You can change sizes, colours, quantities and the delivery address, or remove items. Your payment authorisation is released straight away, but some banks take up to 5 working days to show it.',
    'After 30 minutes the order goes to our warehouse team and can no longer be edited. If it has not been packed yet, our support team may still be able to stop it: contact us as soon as possible with your order number. Once an order is dispatched it cannot be cancelled, but you can return it free of charge within 30 days of delivery.',
    'To change the delivery address after dispatch, use the link in the DPD or Royal Mail tracking email to redirect the parcel. For security, we cannot change the delivery address of an order paid with PayPal or Klarna to one that is not registered with that account.',
  ]),
  page(12, 'warranty-and-repairs', 'Warranty and repairs', [
    'Everything we sell is covered by our two-year guarantee against manufacturing faults, such as failed seams, leaks through a delaminated waterproof membrane, broken zips or soles coming away from boots, from the date of purchase. Our own-brand packs and tents carry a lifetime guarantee against manufacturing faults. This is in addition to your statutory rights.',
    'The guarantee does not cover normal wear and tear, accidental damage, damage from incorrect care (for example tumble drying merino or drying boots next to a fire), or items that have been altered. Worn-out soles and faded colours are wear and tear.',
    'To make a claim, bring the item and your proof of purchase to any store, or contact us online with your order number and photos of the fault. We assess every claim within 10 working days and repair, replace or refund the item; if we replace it and the exact item is no longer made, we offer its nearest equivalent or a refund.',
    'We also repair gear that is out of guarantee at fair prices: replacing a jacket zip costs from £25, patching a tear in a jacket or tent from £15, and resoling boots from £60. Ask in store for a quote; most repairs take 2–3 weeks.',
  ]),
  page(13, 'store-locations-and-hours', 'Store locations and opening hours', [
    'Northwind Outfitters — Harbour Street is at 14 Harbour Street, Bristol BS1 4RN (phone 0117 496 0123). It is open Monday to Saturday 9:00–19:00 and Sunday 10:00–17:00. It is our largest store, with a climbing wall for trying harnesses, and the nearest car park is Harbourside NCP, two minutes away.',
    'Northwind Outfitters — Market Square is at 3 Market Square, Leeds LS1 6AH (phone 0113 496 0456). It is open Monday to Friday 9:30–20:00, Saturday 9:00–18:00 and Sunday 11:00–17:00. It is a five-minute walk from Leeds station.',
    'Northwind Outfitters — Riverside Centre is at Unit 21, Riverside Centre, Edinburgh EH3 9QT (phone 0131 496 0789). It is open Monday to Saturday 10:00–18:00, with late opening on Thursday until 20:00, and Sunday 11:00–16:00. The Riverside Centre has free parking for three hours.',
    'On bank holidays all stores open 10:00–16:00. All stores are closed on Christmas Day, Boxing Day and New Year’s Day. Every store offers click & collect, returns and exchanges, free fitting appointments and our repair service, and each has step-free access and an accessible fitting room.',
    'You can message any store directly in our chat to ask about stock, sizes or to put an item on hold.',
  ]),
  page(14, 'click-and-collect', 'Click & collect', [
    'Click & collect is free on every order, with no minimum spend. Choose Collect in store at checkout and pick one of our three stores: Harbour Street in Bristol, Market Square in Leeds or Riverside Centre in Edinburgh.',
    'If everything in your order is in stock at that store, it is ready to collect within 2 hours during opening hours; otherwise we send it from our warehouse and it is ready in 2–4 working days. We email and text you when your order is ready. Orders are held for 10 days, then cancelled and refunded.',
    'To collect, bring your order confirmation email (on your phone is fine) and a photo ID. Someone else can collect for you if you add their name at checkout; they need the confirmation email and their own ID. You can try things on when you collect and return anything that does not fit there and then.',
  ]),
  page(15, 'trail-club-loyalty', 'Trail Club loyalty programme', [
    'Trail Club is our free loyalty programme. Members earn 1 point for every £1 spent online and in store, and every 500 points become a £5 voucher, sent by email. Vouchers are valid for 6 months and can be used online or in any store.',
    'Members also get 10% off in their birthday month, early access to our summer and winter sales, free express delivery on orders over £100, and a free reproofing of one waterproof jacket a year in any store.',
    'To join, create an account on our website or ask at any till. Points appear in your account 30 days after purchase, once the return window has closed; points for items you return are removed. Points cannot be exchanged for cash and expire if your account has no purchases for 24 months.',
  ]),
  page(16, 'privacy-and-your-data', 'Privacy and your data', [
    'This privacy policy explains how we use your data. Northwind Outfitters Ltd is the controller of the personal data you give us when you shop, create an account or chat with us. We use it to process your orders, deliver them, handle returns and warranty claims, run Trail Club and, only if you agree, to send you marketing emails. We never sell your data.',
    'We keep order records for 6 years for tax purposes, and chat transcripts for 12 months to handle follow-up questions and improve our service. Chat conversations with our assistant and bots may be reviewed by our support team.',
    'Under UK GDPR you can ask for a copy of your data, ask us to correct it, ask us to delete it, or object to how we use it. Email privacy@northwind.example or use Privacy settings in your account; we reply within one month. To stop marketing emails at any time, use the unsubscribe link in any email or untick the option in your account.',
    'Our website uses essential cookies to run your basket and sign-in, and, only with your consent, analytics and advertising cookies. You can change your choice at any time with the Cookie settings link at the bottom of every page.',
  ]),
  page(17, 'contact-us', 'Contacting Northwind', [
    'The quickest way to reach us is the chat on our website: our assistant answers questions from this help centre at any time, ShopBot handles order tracking and returns, and our support team takes over whenever you ask for a person, Monday to Friday 8:00–20:00 and Saturday 9:00–17:00.',
    'You can call our customer service team on 0800 123 4567, free from UK landlines and mobiles, Monday to Friday 8:00–20:00 and Saturday 9:00–17:00. Please have your order number ready. You can also email help@northwind.example; we reply within 24 hours on working days.',
    'For questions about a particular store, such as stock, opening hours or an item on hold, message or call that store directly: the numbers are on Store locations and opening hours.',
    'Our registered office is Northwind Outfitters Ltd, 1 Wharf Road, Bristol BS1 6QA. Please do not send returns to this address; use the prepaid label from your account instead.',
  ]),
  page(18, 'price-match', 'Price match promise', [
    'If you find an identical item cheaper elsewhere, at another UK retailer, we match the price. The item must be the same brand, model, colour and size, in stock at the other retailer and available to buy online or in a UK store at the time you ask. We check the price ourselves before we match it.',
    'We match prices before you buy, at the till or through our support team, and up to 14 days after you buy: send us a link to the lower price with your order number and we refund the difference to your original payment method.',
    'The promise does not cover marketplace sellers such as eBay or Amazon Marketplace, clearance or ex-display items, member-only or voucher prices, bundle deals, or prices including delivery charges that make the total higher than ours. It does not apply to our own sale prices or to prices on other countries’ websites.',
  ]),
  page(19, 'international-orders', 'International orders', [
    'We ship to the EU, Norway, Switzerland, the USA, Canada, Australia and New Zealand. Delivery to the EU costs £9.95 and takes 4–7 working days, free on orders over £150. Delivery to the rest of the world costs £19.95 and takes 5–10 working days, free on orders over £250. Express delivery is not available outside the UK.',
    'Prices at checkout are in pounds sterling. For EU countries we charge the local VAT at checkout and pay the import duties ourselves, so there is nothing more to pay on delivery. For other countries, customs duties and taxes may be charged by your local customs office when the parcel arrives; they are your responsibility.',
    'International customers can return items within 30 days of delivery. Returns from outside the UK are not free: send the parcel by a tracked service to our returns centre, Northwind Returns, Unit 4, Avonmouth Way, Bristol BS11 8DD, and mark it as returned goods so you are not charged duties twice. We refund the items once they arrive, but not the return postage.',
    'Click & collect, Klarna and next-day delivery are only available for UK orders.',
  ]),
  page(20, 'discounts-and-promo-codes', 'Discounts and promo codes', [
    'Enter a promo code in the Promo code box of your basket before checkout; the discount is shown before you pay. Only one promo code can be used per order, and codes cannot be combined with Trail Club birthday discounts, used on gift cards or applied after an order is placed.',
    'Students get 10% off all year round online and in store: verify your status once with Student Beans to get a code, or show a valid student card at the till. Members of the emergency services and NHS staff get 10% off with a Blue Light Card.',
    'Our summer sale usually starts in late June and our winter sale on Boxing Day. Trail Club members get early access 24 hours before everyone else. Sale items can be returned within 14 days.',
  ]),
];

// How shoppers ask versus how the help centre words it, for retrieval (rag.js). Questions only, never the pages.

const COUNTRIES = new RegExp(`\\b(${[
  'france', 'germany', 'spain', 'italy', 'portugal', 'netherlands', 'holland', 'belgium', 'austria', 'sweden',
  'denmark', 'finland', 'poland', 'greece', '(?<!northern )ireland', 'norway', 'switzerland', 'usa', 'america',
  'canada', 'australia', 'new zealand', 'europe', 'the eu',
].join('|')})\\b`, 'gi');

/** Phrases rewritten before a question is split into words. */
export const PHRASES = [
  [/\bhow long\b/gi, 'how many days'], // a duration, not the length of a trouser leg
  [/\bhow much\b/gi, 'how much cost'],
  [/\bmoney back\b/gi, 'refund'],
  [/\b(find|know|choose|pick|get) (my|the right|your|which) size\b/gi, 'size guide measure'],
  [/\b(send|post|mail)(s|ing)? (\w+ )?(orders?|parcels?|packages?|items?|goods|stuff|things|it|them) to\b/gi, 'ship $3$4 to'],
  [/\b(send|sent|take|took|bring|brought|give|gave)(s|ing)? (\w+ )?back\b/gi, 'return $3'], // "send it back"
  [/\bpick(s|ed|ing)? (\w+ )?up\b/gi, 'collect $2'], // "pick my order up"
  [/\b(break|breaks|broke|broken) down\b/gi, 'breakdown'], // a car, not the down of a jacket
  [/\bwhere(?:['’]s| is| are) my\b/gi, 'track my'],
  [/\b(?:hasn['’]?t|has not|haven['’]?t|have not|not|never) (?:arrived|come|turned up|shown up)\b/gi, 'not arrived track'],
  [/\bwhere(?:['’]s| is| are) (?:your|the) (\w+ )?(?:store|shop)s?\b/gi, '$1store location'],
  [/\b(open|close)\b/gi, '$1 opening hours'],
  [/\bdo you (take|accept)\b/gi, 'do you accept payment'],
  [/\btoo (big|large|small|tight|loose|long|short)\b/gi, '$1 fit'], // "too big" is "does not fit"
  [/\b(to|in|from) the US\b/g, '$1 the USA'], // not "us"
  [/\b(?:e-?mail) address(es)?\b/gi, 'email contact'], // one thing, not a postal address
  [/\b(?:tele)?phone number\b/gi, 'phone contact'], // not an order number
  [/\bcontact details\b/gi, 'contact'],
  [/\b(your|the|a|nearest|local|which|what) (\w+ )?shops?\b/gi, '$1 $2store'], // the noun; in the pages "shop" is a verb
  // Somewhere other than the UK is an international order, wherever the page happens to list it.
  [/\b(outside (?:of )?the uk|other countries|another country|rest of the world)\b/gi, 'abroad'],
  [COUNTRIES, '$1 abroad'],
];

/**
 * Words that also search for others, stemmed when the assistant is built. A word the help centre uses keeps
 * its full weight and its synonyms count for half; a word it never uses is replaced by its synonyms.
 */
export const SYNONYMS = {
  ship: 'deliver', deliver: 'ship', courier: 'deliver', driver: 'courier', postage: 'deliver',
  package: 'parcel order', parcel: 'order',
  refund: 'return', return: 'refund',
  size: 'fit', fit: 'size', big: 'larger bigger size', bigger: 'larger size', larger: 'bigger size',
  small: 'smaller size', smaller: 'size', tight: 'smaller size', loose: 'larger bigger size',
  swap: 'exchange', replacement: 'exchange',
  shop: 'store', branch: 'store', outlet: 'store',
  sweater: 'jumper', pullover: 'jumper', hoodie: 'jumper', pants: 'trousers', coat: 'jacket', raincoat: 'jacket',
  trainers: 'shoe', sneakers: 'shoe', footwear: 'shoe boot',
  cost: 'price charge', price: 'cost', fee: 'cost charge', charge: 'pay cost', cheap: 'price', cheaper: 'price',
  coupon: 'promo code discount', voucher: 'card code', discount: 'promo code', deal: 'discount',
  reward: 'loyalty point club', point: 'loyalty', membership: 'member club', loyalty: 'club point',
  abroad: 'international outside world', overseas: 'international outside world',
  worldwide: 'international world', foreign: 'international countries', global: 'international world',
  human: 'person', agent: 'person', advisor: 'person', representative: 'person', person: 'team support',
  speak: 'contact call', talk: 'contact call', telephone: 'phone call', ring: 'call phone', complaint: 'contact',
  expiry: 'expire valid', expiration: 'expire valid', expire: 'valid', valid: 'expire',
  clean: 'wash care', launder: 'wash', waterproofing: 'reproof',
  damage: 'fault', defect: 'fault', defective: 'fault', break: 'fault', snap: 'break fault', rip: 'tear fault',
  guarantee: 'warranty', warranty: 'guarantee', missing: 'find arrive',
  fix: 'repair', mend: 'repair',
  erase: 'delete', remove: 'delete', information: 'data', details: 'data',
  modify: 'change edit', amend: 'change edit', alter: 'change edit', edit: 'change', change: 'edit exchange',
  installment: 'instalment', installments: 'instalment', booking: 'book appointment',
};

/**
 * Words that name the thing a question is about rather than what it asks ("can I return a tent"): they count for
 * half, so that the returns page answers it although it never mentions tents.
 */
export const ITEM_WORDS = `item product gear clothing clothes footwear jacket parka coat boot shoe trainers jumper
sweater fleece trousers pants tent pack backpack rucksack bag`;

/** The English help centre and how the assistant speaks English besides what it quotes (rag.js). */
export const EN = {
  code: /** @type {const} */ ('en'),
  pages: PAGES,
  phrases: PHRASES,
  synonyms: SYNONYMS,
  itemWords: ITEM_WORDS,
  // A message made only of these words is small talk, not a question.
  smallTalk: {
    greeting: 'hi hello hey hiya heya yo howdy greetings morning afternoon evening good there all team assistant',
    thanks: `thanks thank thx ty cheers ta you so very much lot a great perfect brilliant awesome lovely ok okay that
      was is helpful helps it many again for the help cool nice got`,
    bye: 'bye goodbye',
  },
  say: {
    empty: 'Ask me anything about Northwind Outfitters — delivery, returns, sizing, our stores, gift cards and more.',
    greeting: "Hi! I'm the Kesk Assistant for **Northwind Outfitters**. Ask me about delivery, returns and exchanges, " +
      'sizing, payment, gift cards or our stores, and I will answer from the help centre.',
    thanks: "You're welcome! Is there anything else I can help you with?",
    bye: 'Goodbye, and happy adventures! Come back any time you have a question.',
    noMatch: "I couldn't find anything about that in the Northwind Outfitters help centre, so I'd rather not guess. " +
      'The team at your nearest store can help: message any of our stores here in the chat, or contact our support ' +
      'team on 0800 123 4567 or at help@northwind.example.',
    notQuite: "If that doesn't quite answer your question, any of our stores or our support team (0800 123 4567) " +
      'will be glad to help.',
    alsoUseful: '**Also useful:**',
  },
};
