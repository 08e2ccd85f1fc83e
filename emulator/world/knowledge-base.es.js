// The help centre in Spanish: the pages shoppers ask about most, paragraph for paragraph with the English ones of
// the same id (knowledge-base.js), so that the facts agree. Addressed with "tú", as the widget's Spanish is.

const BASE = 'https://help.northwind.example/es/';

/** @param {number} id the English page's id @param {string} slug @param {string} title @param {string[]} paragraphs */
function page(id, slug, title, paragraphs) {
  return { id, title, url: BASE + slug, body: paragraphs.join('\n\n') };
}

const PAGES = [
  page(1, 'envios-y-entregas', 'Envíos y entregas', [
    'Entregamos en cualquier dirección del Reino Unido, incluidas las Highlands, las islas e Irlanda del Norte. Los pedidos realizados antes de las 14:00 de un día laborable se preparan y se envían ese mismo día; los que se hacen más tarde, en fin de semana o en festivo salen el siguiente día laborable.',
    'La entrega estándar tarda de 3 a 5 días laborables y cuesta 3,95 £, y es gratuita en pedidos de más de 50 £. La entrega exprés tarda de 1 a 2 días laborables y cuesta 7,95 £. La entrega al día siguiente cuesta 9,95 £ y está disponible para pedidos realizados antes de las 14:00 de lunes a jueves; los pedidos del viernes después de las 14:00 llegan el martes. Las entregas en las Highlands, las islas e Irlanda del Norte pueden tardar de 1 a 2 días laborables más.',
    'Los paquetes viajan con DPD o Royal Mail, según su tamaño. DPD te da una franja de entrega de una hora la mañana del reparto y te permite redirigir el paquete a un vecino, a un lugar seguro o a un punto DPD Pickup. Los artículos voluminosos pueden requerir firma. DPD y Royal Mail reparten de lunes a sábado; no hay entregas los domingos ni los festivos.',
    'Si no estás en casa, el repartidor deja un aviso y vuelve a intentarlo el siguiente día laborable, o lleva el paquete a un depósito local o a una oficina de correos, donde lo guardan 7 días. Los paquetes que nadie recoge vuelven a nosotros y te reembolsamos el pedido, salvo los gastos de envío originales.',
    'También puedes recoger tu pedido gratis en cualquiera de nuestras tres tiendas: consulta Click & collect.',
  ]),
  page(2, 'devoluciones-y-reembolsos', 'Devoluciones y reembolsos', [
    'Nuestra política de devoluciones es sencilla: tienes 30 días desde que recibes tu pedido para devolver cualquier cosa que hayas comprado en Northwind Outfitters, en la web o en tienda, y te reembolsamos el importe íntegro. La ropa debe estar sin usar y sin lavar, con las etiquetas originales. El calzado debe devolverse sin usar y en su caja original, y solo debe haberse probado en interiores: comprueba la talla sobre un suelo limpio y enmoquetado. Los artículos rebajados se pueden devolver en un plazo de 14 días.',
    'Algunos artículos no se pueden devolver, salvo que sean defectuosos: la ropa interior y los bañadores sin el precinto higiénico, los artículos personalizados o grabados y las tarjetas regalo. Los artículos defectuosos siempre están cubiertos por nuestra garantía de dos años.',
    'Para devolver por correo, inicia sesión en tu cuenta, abre Pedidos, elige el pedido y selecciona Iniciar una devolución. Escoge los artículos y el motivo, y te enviamos por correo electrónico una etiqueta prepagada gratuita de Royal Mail o InPost y un código QR. Embala bien los artículos, pega la etiqueta y deja el paquete en cualquier oficina de correos o en un locker de InPost. Guarda el justificante de envío hasta recibir el reembolso. También puedes iniciar una devolución con ShopBot en nuestro chat.',
    'Para devolver en tienda, lleva los artículos y el correo de confirmación del pedido o el tique a cualquier tienda Northwind Outfitters. Los pagos con tarjeta los reembolsamos al momento en caja; después, el dinero tarda de 3 a 5 días laborables en aparecer en tu cuenta.',
    'Los reembolsos de las devoluciones por correo se abonan en el método de pago original en un plazo de 5 a 7 días laborables desde que el paquete llega a nuestro almacén, y te avisamos por correo electrónico cuando lo emitimos. Los gastos de envío originales solo se reembolsan si devuelves el pedido completo o si el artículo es defectuoso. Los pedidos pagados con tarjeta regalo se reembolsan con una nueva tarjeta regalo electrónica.',
  ]),
  page(4, 'guia-de-tallas', 'Guía de tallas de ropa', [
    'Las tallas de nuestras prendas superiores, chaquetas y jerséis se basan en el contorno de pecho: la XS corresponde a 84–88 cm, la S a 89–94 cm, la M a 95–101 cm, la L a 102–108 cm, la XL a 109–116 cm y la XXL a 117–124 cm.',
    'Los pantalones van por la cintura, en pulgadas: 28 (71 cm), 30 (76 cm), 32 (81 cm), 34 (86 cm), 36 (91 cm), 38 (97 cm) y 40 (102 cm). La mayoría de los modelos tienen largo de pierna corto (29 in), normal (31 in) y largo (33 in), y los Cairn Trekking Trousers también extralargo (35 in).',
    'Para medir el pecho, rodea con una cinta métrica flexible la parte más ancha del pecho, por debajo de las axilas, y mantenla horizontal, ajustada pero sin apretar. Para la cintura, mide alrededor de tu cintura natural, justo por encima de los huesos de la cadera. Mídete sobre una capa base fina, no encima de un jersey.',
    'Si estás entre dos tallas, elige la mayor para las capas exteriores, como la Ridgeline Waterproof Jacket y la Fjord Down Parka, porque llevarás un forro polar o un jersey debajo. Elige la menor para las capas base y el Harbour Merino Jumper, que es de corte ceñido y cede un poco con el uso.',
    '¿No lo tienes claro? FitBot, en nuestro chat, te recomienda una talla en un minuto, y puedes reservar una cita gratuita con nuestros asesores de talla en cualquiera de nuestras tiendas.',
  ]),
  page(8, 'metodos-de-pago', 'Métodos de pago', [
    'En la web aceptamos tarjetas de crédito y débito Visa, Mastercard y American Express, PayPal, Apple Pay, Google Pay, Klarna y tarjetas regalo Northwind. En tienda también aceptamos efectivo y pagos sin contacto. Todos los precios están en libras esterlinas e incluyen el IVA.',
    'Con Klarna puedes pagar a plazos: los pedidos de entre 30 £ y 1.000 £ se dividen en tres pagos sin intereses; el primero se cobra cuando se envía el pedido y los otros dos, 30 y 60 días después. Klarna hace una consulta de crédito que no afecta a tu historial crediticio.',
    'Autorizamos tu tarjeta cuando haces el pedido y solo cobramos el importe cuando lo enviamos. Si una parte del pedido sale por separado, cobramos cada parte cuando se envía. Los pagos con tarjeta están protegidos con 3-D Secure, así que puede que tu banco te pida confirmar el pago en su app.',
    'Si se rechaza tu pago, comprueba que la dirección de facturación coincide con la que tiene tu banco o prueba con otro método de pago. Nunca te pediremos los datos de tu tarjeta por correo electrónico, por teléfono ni por chat.',
  ]),
  page(10, 'seguimiento-del-pedido', 'Seguimiento de tu pedido', [
    'Para saber dónde está tu paquete, usa el enlace de seguimiento que te enviamos: cuando sale tu pedido, te mandamos un correo electrónico y un SMS con el número de seguimiento y un enlace a la página de seguimiento del transportista. Tu número de pedido empieza por NW seguido de seis cifras, por ejemplo NW-482913, y aparece en el correo de confirmación.',
    'También puedes seguir tu pedido iniciando sesión y abriendo Pedidos, o preguntándole a ShopBot en nuestro chat: dale tu número de pedido y te mostrará su estado. Los estados son: Recibido (tenemos tu pedido), Preparado (está listo en nuestro almacén), Enviado (lo tiene el transportista), En reparto y Entregado. Si pediste varios artículos, pueden llegar en paquetes separados, cada uno con su propio número de seguimiento.',
    'La información de seguimiento puede tardar hasta 24 horas en aparecer en la web del transportista después del envío. Si tu pedido no ha llegado 2 días laborables después de la fecha de entrega prevista, o el seguimiento dice que se entregó pero no lo encuentras, escríbenos: abriremos una investigación con el transportista y te enviaremos otro igual o te devolveremos el dinero.',
  ]),
  page(13, 'tiendas-y-horarios', 'Tiendas y horarios', [
    'Northwind Outfitters — Harbour Street está en 14 Harbour Street, Bristol BS1 4RN (teléfono 0117 496 0123). Abre de lunes a sábado de 9:00 a 19:00 y el domingo de 10:00 a 17:00. Es nuestra tienda más grande, con un rocódromo para probar arneses, y el aparcamiento más cercano es Harbourside NCP, a dos minutos.',
    'Northwind Outfitters — Market Square está en 3 Market Square, Leeds LS1 6AH (teléfono 0113 496 0456). Abre de lunes a viernes de 9:30 a 20:00, el sábado de 9:00 a 18:00 y el domingo de 11:00 a 17:00. Está a cinco minutos a pie de la estación de Leeds.',
    'Northwind Outfitters — Riverside Centre está en Unit 21, Riverside Centre, Edinburgh EH3 9QT (teléfono 0131 496 0789). Abre de lunes a sábado de 10:00 a 18:00, con horario ampliado el jueves hasta las 20:00, y el domingo de 11:00 a 16:00. El Riverside Centre tiene aparcamiento gratuito durante tres horas.',
    'Los festivos, todas las tiendas abren de 10:00 a 16:00. Todas cierran el día de Navidad, el 26 de diciembre (Boxing Day) y el día de Año Nuevo. En todas puedes recoger pedidos de click & collect, hacer devoluciones y cambios, reservar una cita gratuita con nuestros asesores de talla y usar nuestro servicio de reparaciones, y todas tienen acceso sin escalones y un probador accesible.',
    'Puedes escribir directamente a cualquier tienda en nuestro chat para preguntar por existencias o tallas, o para que te reserven un artículo.',
  ]),
  page(19, 'pedidos-internacionales', 'Pedidos internacionales', [
    'Enviamos al extranjero: a la UE, Noruega, Suiza, Estados Unidos, Canadá, Australia y Nueva Zelanda. El envío a la UE cuesta 9,95 £ y tarda de 4 a 7 días laborables, y es gratuito en pedidos de más de 150 £. El envío al resto del mundo cuesta 19,95 £ y tarda de 5 a 10 días laborables, y es gratuito en pedidos de más de 250 £. La entrega exprés no está disponible fuera del Reino Unido.',
    'Los precios se muestran en libras esterlinas al pagar. Para los países de la UE cobramos el IVA local al pagar y nos hacemos cargo de los aranceles de importación, así que no tendrás nada más que pagar en la entrega. En otros países, la aduana puede cobrar aranceles e impuestos cuando llegue el paquete, y corren de tu cuenta.',
    'Si vives fuera del Reino Unido, también puedes devolver artículos en un plazo de 30 días desde la entrega, aunque estas devoluciones no son gratuitas: manda el paquete con un servicio con seguimiento a nuestro centro de devoluciones, Northwind Returns, Unit 4, Avonmouth Way, Bristol BS11 8DD, e indica que es mercancía devuelta para que no te cobren aranceles dos veces. Te reembolsamos los artículos cuando nos llegan, pero no los gastos del envío de vuelta.',
    'El click & collect, Klarna y la entrega al día siguiente solo están disponibles para pedidos en el Reino Unido.',
  ]),
];

// How shoppers ask in Spanish versus how the pages word it: questions only, never the pages.

/** Phrases rewritten before a question is split into words (matched without accents: "cuanto" for "cuánto"). */
const PHRASES = [
  [/\bcuanto tiempo\b/gi, 'tarda dias'],
  [/\bdonde estan? mis? (pedido|paquete)s?\b/gi, 'seguimiento pedido'],
  [/\bno (me )?han? llegado\b/gi, 'no ha llegado seguimiento'],
  [/\ba que hora\b/gi, 'horario'],
  [/\b(otros? pais(es)?|fuera del reino unido|fuera de gran bretana)\b/gi, 'extranjero'],
  [/\b(francia|alemania|italia|portugal|irlanda|belgica|holanda|paises bajos|austria|suecia|noruega|suiza|estados unidos|eeuu|canada|australia|mexico|argentina|europa)\b/gi, '$1 extranjero'],
  [/\bdinero de vuelta\b/gi, 'reembolso'],
  [/\bcomo (puedo )?(devuelvo|devolver|hago una devolucion|hacer una devolucion)\b/gi, 'iniciar devolucion devolver'],
  [/\btarjetas? (de )?regalo\b/gi, 'tarjetaregalo'], // one thing, not a card and a present
];

/**
 * Words that also search for others (see SYNONYMS in knowledge-base.js): a word the pages use keeps its full
 * weight and its synonyms count for half; a word they never use is replaced by its synonyms.
 */
const SYNONYMS = {
  extranjero: 'internacionales fuera mundo', exterior: 'internacionales extranjero', internacional: 'extranjero',
  mandar: 'enviar envío', mandan: 'envío', mandais: 'envío', envío: 'entrega', entrega: 'envío', reparto: 'entrega',
  repartidor: 'transportista', mensajero: 'transportista', demora: 'tarda', tardan: 'tarda', llegar: 'llegan tarda',
  gratis: 'gratuita gratuito', coste: 'cuesta', costo: 'cuesta', precio: 'cuesta', cobran: 'cuesta', caro: 'cuesta',
  devolver: 'devoluciones', devuelvo: 'devoluciones', devuelve: 'devoluciones', devuelven: 'devoluciones',
  reembolso: 'devoluciones', dinero: 'reembolso', política: 'devoluciones',
  pagar: 'pago', abonar: 'pago', cuotas: 'plazos', financiar: 'plazos', contado: 'efectivo', rechazan: 'rechaza',
  rechazado: 'rechaza', rechazada: 'rechaza', tarjetaregalo: 'tarjeta regalo',
  seguir: 'seguimiento', rastrear: 'seguimiento', localizar: 'seguimiento', rastreo: 'seguimiento',
  tracking: 'seguimiento', llegado: 'llegado seguimiento',
  horario: 'abre', horarios: 'abre', hora: 'horario', abren: 'abre horario', abrís: 'abre horario',
  abierto: 'abre horario', abiertas: 'abre horario', cerráis: 'cierran', cerrado: 'cierran', local: 'tienda',
  sucursal: 'tienda', tiendas: 'tienda', aparcar: 'aparcamiento', parking: 'aparcamiento', dónde: 'está',
  medida: 'talla', medidas: 'talla', medir: 'mide talla', pequeño: 'talla', grande: 'talla',
};

/** Words that name the thing a question is about rather than what it asks: they count for half. */
const ITEM_WORDS = `artículo producto ropa prenda chaqueta abrigo parka bota botas zapato zapatilla calzado jersey
  pantalón mochila`;

/**
 * Spanish words in English, for questions the Spanish pages do not answer (rag.js looks them up in the English
 * help centre). Single words, as a shopper types them; the English side may be several.
 */
const GLOSSARY = {
  envío: 'delivery', enviar: 'ship', envían: 'ship', entrega: 'delivery', entregar: 'deliver', reparto: 'delivery',
  repartidor: 'courier', transportista: 'courier', gratis: 'free', gratuito: 'free', coste: 'cost', cuesta: 'cost',
  precio: 'price', barato: 'cheaper', igualar: 'match', tarda: 'take', días: 'days', plazo: 'days', exprés: 'express',
  urgente: 'express', domingo: 'sunday', sábado: 'saturday', festivo: 'bank holiday', extranjero: 'abroad',
  internacional: 'international', país: 'country', aduana: 'customs', aranceles: 'duties', impuestos: 'taxes',
  devolver: 'return', devolución: 'return', devuelvo: 'return', reembolso: 'refund', dinero: 'money',
  cambiar: 'exchange', cambio: 'exchange', talla: 'size', tallas: 'size', medir: 'measure', pecho: 'chest',
  cintura: 'waist', pie: 'foot', calzado: 'footwear', zapatos: 'shoes', zapatillas: 'trainers', botas: 'boots',
  chaqueta: 'jacket', abrigo: 'jacket', pantalón: 'trousers', jersey: 'jumper', ropa: 'clothing', probar: 'try',
  cita: 'appointment', ajuste: 'fitting', probador: 'fitting', reservar: 'book', lavar: 'wash', limpiar: 'clean',
  secadora: 'tumble dry', impermeable: 'waterproof', cuidar: 'care', lana: 'merino', cuero: 'leather',
  pago: 'payment', pagar: 'pay', tarjeta: 'card', crédito: 'credit', débito: 'debit', plazos: 'instalments',
  efectivo: 'cash', rechazado: 'declined', rechazada: 'declined', regalo: 'gift', tarjetaregalo: 'gift card',
  saldo: 'balance', caducan: 'expire', caducidad: 'expiry', cupón: 'promo code', código: 'code',
  descuento: 'discount', rebajas: 'sale', estudiante: 'student', estudiantes: 'student', pedido: 'order',
  pedir: 'order', seguimiento: 'tracking', rastrear: 'track', paquete: 'parcel', llegado: 'arrived',
  cancelar: 'cancel', anular: 'cancel', modificar: 'change', dirección: 'address', tienda: 'store',
  horario: 'opening hours', abren: 'open', abierto: 'open', cierran: 'close', aparcamiento: 'parking',
  teléfono: 'phone', correo: 'email', contacto: 'contact', contactar: 'contact', persona: 'person',
  hablar: 'speak', garantía: 'guarantee', reparar: 'repair', reparación: 'repair', roto: 'broken', rota: 'broken',
  defectuoso: 'faulty', cremallera: 'zip', suela: 'sole', puntos: 'points', socio: 'member', fidelidad: 'loyalty',
  cumpleaños: 'birthday', datos: 'data', privacidad: 'privacy', borrar: 'delete', eliminar: 'delete',
  recoger: 'collect', recogida: 'collect', mochila: 'backpack', igualan: 'match', casa: 'home',
};

export const ES = {
  code: /** @type {const} */ ('es'),
  pages: PAGES,
  phrases: PHRASES,
  synonyms: SYNONYMS,
  itemWords: ITEM_WORDS,
  glossary: GLOSSARY,
  smallTalk: {
    greeting: 'hola buenas buenos días tardes noches saludos qué tal hey',
    thanks: 'gracias muchas mil muchísimas perfecto genial estupendo vale ok de acuerdo muy amable me ha servido',
    bye: 'adiós chao chau hasta luego pronto',
  },
  say: {
    greeting: '¡Hola! Soy el Asistente Kesk de **Northwind Outfitters**. Pregúntame por envíos, devoluciones, pagos, ' +
      'el seguimiento de tu pedido, tallas o nuestras tiendas, y te respondo con nuestro centro de ayuda.',
    thanks: '¡De nada! ¿Puedo ayudarte con algo más?',
    bye: '¡Hasta pronto! Vuelve cuando quieras si tienes cualquier otra pregunta.',
    noMatch: 'No he encontrado nada sobre eso en el centro de ayuda de Northwind Outfitters y prefiero no adivinar. ' +
      'El equipo de tu tienda más cercana puede ayudarte: escribe a cualquiera de nuestras tiendas aquí en el chat, ' +
      'o contacta con nuestro equipo de atención al cliente en el 0800 123 4567 o en help@northwind.example.',
    notQuite: 'Si esto no responde del todo a tu pregunta, cualquiera de nuestras tiendas o nuestro equipo de ' +
      'atención al cliente (0800 123 4567) te ayudará encantado.',
    alsoUseful: '**También te puede servir:**',
    englishOnly: 'Sobre esto solo puedo responderte en inglés:',
  },
};
