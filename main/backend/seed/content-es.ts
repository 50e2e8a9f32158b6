import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'He rastreado la transacción {txHash} hacia tu dirección de depósito {address}. Ya tiene las confirmaciones necesarias y se han acreditado {amount} {coin} en la cuenta {userId}. Puede que el saldo tarde un minuto en actualizarse en la app.';
const WITHDRAWAL_RESOLUTION =
  'Tu retiro de {amount} {coin} se envió por {network} con el hash {txHash} y está confirmado en la blockchain. Si todavía no lo ves en la billetera de destino, comprueba que estás mirando la misma red o contacta con la plataforma de la dirección {address} indicando ese hash.';
const LOCKED_ACCOUNT_RESOLUTION =
  'He verificado tu identidad y he desbloqueado la cuenta {userId}. Por seguridad, los retiros seguirán pausados 24 horas después del desbloqueo. Te recomendamos cambiar la contraseña y activar una app de autenticación para el 2FA.';
const MARKET_INCIDENT_RESOLUTION =
  'He escalado la revisión de la cuenta {userId} a nuestro equipo de trading. Están comprobando el historial de órdenes y los registros del sistema durante la incidencia; las pérdidas causadas por una caída de la plataforma se valoran caso por caso. Te informaré aquí en cuanto tenga su respuesta.';
const TAX_STATEMENT_RESOLUTION =
  'He solicitado un extracto completo de {year} para la cuenta {userId}. Te llegará a {email} en formato CSV en un plazo de 3 días hábiles, con depósitos, retiros, operaciones, recompensas de staking y órdenes P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'La cuenta {userId} no tiene saldo ni órdenes abiertas, así que he enviado la solicitud de cierre. Recibirás una confirmación en {email}. Los registros que la ley nos obliga a conservar se guardarán de forma segura y se eliminarán al terminar el plazo de conservación.';

export const CONTENT_ES: LanguageContent = {
  greeting: 'Hola, {firstName}:',
  signoff: 'Un saludo,\n{agentName}\nEquipo de Atención al Cliente',
  accountLines: ['ID de cuenta: {userId}', 'Mi UID es {userId}'],
  nudges: [
    '¿Alguna novedad? Ya ha pasado más de un día.',
    '¿¿Hola?? Sigo esperando respuesta. Ticket {ticketId}.',
    '¿Alguien lee esto? Necesito una respuesta hoy.',
    'Perdonad que insista, solo quería saber cómo va el {ticketId}.',
    'Es urgente, por favor escalad el caso.',
  ],
  answers: [
    'Hice lo que me dijisteis y sigue igual. Mi ID de usuario es {userId}.',
    'vale gracias, ya lo hice. ¿y ahora qué?',
    'Os he respondido desde {email} como me pedisteis. Revisadlo, por favor.',
  ],
  transferAnswers: [
    'Os paso otra vez el hash: {txHash}. En el explorador tiene confirmaciones de sobra.',
    'Sigue sin aparecer en mi saldo. {amount} {coin}, TXID {txHash}.',
    'Adjunto captura de mi billetera. Dirección {address}, red {network}.',
  ],
  thanks: ['¡Gracias, ya está solucionado!', 'Perfecto, muchas gracias por la ayuda tan rápida.'],
  agentFollowUps: [
    'Gracias por los datos adicionales. Se los he pasado al equipo responsable y te informaré aquí en cuanto tenga respuesta.',
    'Gracias por tu paciencia. Tu caso sigue en revisión; de momento no necesitas hacer nada más.',
    '¿Podrías enviarnos una captura del mensaje de error y confirmar el correo registrado en tu cuenta?',
  ],
  topics: {
    kyc: {
      standardReply: 'Gracias por tu paciencia. Tus documentos están con nuestro equipo de cumplimiento y se revisan por orden de llegada; la mayoría de las revisiones se completan en 24–48 horas. No hace falta que los vuelvas a subir: un nuevo envío te devuelve al final de la cola. Te avisaremos por correo en cuanto termine la revisión. Tu referencia es {ticketId}.',
      scenarios: [
        {
          subjects: ['Verificación KYC pendiente desde hace días'],
          opening: 'Hola, subí mi DNI y el selfie hace 3 días y la verificación sigue "en revisión". Mi cuenta es {userId} (correo {email}). No puedo retirar nada hasta que se apruebe, ¿cuánto suele tardar?',
        },
        {
          subjects: ['¿Por qué rechazaron mi documento de identidad?'],
          opening: 'Me han vuelto a rechazar la verificación con el mensaje "documento ilegible". La foto está perfecta, por las dos caras y sin reflejos. Es el tercer intento. Cuenta {userId}. ¿Qué estoy haciendo mal?',
          resolution: 'He revisado la cuenta {userId}: el último documento se rechazó porque las esquinas salían cortadas. Haz una foto nueva con las cuatro esquinas visibles, sobre una superficie oscura y sin flash, y súbela en Perfil → Verificación. No aceptamos capturas de pantalla ni fotocopias escaneadas.',
        },
        {
          subjects: ['No me aceptan el comprobante de domicilio'],
          opening: 'Hola, necesito el nivel 2 para subir el límite de retiro. Subí un extracto bancario como comprobante de domicilio y me lo rechazaron. Tiene menos de 3 meses y aparecen mi nombre completo y mi dirección. Correo de la cuenta: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Gracias por escribirnos. Los depósitos se acreditan automáticamente cuando la transacción alcanza las confirmaciones necesarias en la red, y eso puede tardar más si la red está congestionada. Por favor, no repitas la transferencia. Si cuando se completen las confirmaciones el depósito sigue sin aparecer, respóndenos con el hash de la transacción (TXID) y lo rastrearemos. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Depósito no acreditado — {amount} {coin}', 'Envié {coin} por {network} y el saldo sigue en 0'],
          opening: 'Hola, envié {amount} {coin} por la red {network} a mi dirección de depósito {address} hace unas dos horas. En el explorador aparece confirmada pero mi saldo sigue en 0. TXID: {txHash}\nCuenta: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['No me llega el depósito de {coin}'],
          opening: 'buenas, hice un depósito de {amount} {coin} ayer y no aparece nada en mi billetera. hash {txHash}. ¿pasa algo con la red {network}? necesito los fondos urgente',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Gracias por tu mensaje. A veces los retiros pasan por una revisión de seguridad adicional, sobre todo hacia una dirección nueva o después de un cambio en la configuración de seguridad. Cuando termina la revisión, el retiro se envía automáticamente y recibirás un correo con el hash de la transacción. Mientras tanto tus fondos están seguros. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Retiro pendiente desde hace horas', 'Retiro atascado en "procesando" ({network})'],
          opening: 'Solicité un retiro de {amount} {coin} a {address} por {network} hace más de 6 horas y sigue en "Procesando". No aparece ningún TXID. Cuenta {userId}. ¿Por qué tarda tanto?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['No he recibido el retiro de {amount} {coin}'],
          opening: 'La app dice que el retiro está completado pero en mi billetera no ha llegado nada. Hash: {txHash}. Destino: {address}. Importe {amount} {coin}. Ayuda por favor, es el dinero del alquiler.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Siento las molestias. Por tu seguridad, para restablecer el 2FA necesitamos verificar tu identidad: en la página de inicio de sesión elige "¿Verificación de seguridad no disponible?" y sigue los pasos, incluido el selfie. Tras el restablecimiento, los retiros quedan pausados 24 horas como precaución. Si te atascas, responde a este mensaje. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Perdí el móvil, necesito restablecer el 2FA', 'No puedo entrar: código 2FA inválido'],
          opening: 'Cambié de móvil y no pasé el Google Authenticator. Ahora no puedo iniciar sesión. Correo {email}, cuenta {userId}. ¿Cómo restablezco el 2FA?',
        },
        {
          subjects: ['Los códigos de Google Authenticator no funcionan', 'No puedo entrar: código 2FA inválido'],
          opening: 'Los códigos 2FA me salen como inválidos todo el rato. Ya revisé la hora del teléfono y está en automático. Llevo 10 intentos y me da miedo que se bloquee la cuenta.',
          resolution: 'Normalmente los códigos se rechazan cuando el reloj del móvil está desfasado. En Google Authenticator ve a Ajustes → Corrección de hora de los códigos → Sincronizar ahora y vuelve a intentarlo. Si sigue fallando, no insistas: tras varios intentos fallidos la cuenta se bloquea temporalmente.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Hemos recibido tu aviso y un miembro de nuestro equipo de seguridad ya está gestionando tu caso de forma prioritaria. Como precaución, los retiros de tu cuenta están desactivados temporalmente. No compartas tu contraseña, tus códigos 2FA ni ningún código de verificación con nadie, tampoco con quien diga ser de nuestro equipo. Te contactaremos en este ticket ({ticketId}) con los siguientes pasos.',
      scenarios: [
        {
          subjects: ['URGENTE: me han hackeado la cuenta', '¡¡Retiro no autorizado de mi cuenta!!'],
          opening: '¡¡URGENTE!! Alguien entró en mi cuenta y retiró {amount} {coin} a {address}. YO NO HICE ESTO. TX: {txHash}. Cuenta {userId}. Bloqueen todo YA por favor.',
          resolution: 'Los retiros de la cuenta {userId} están bloqueados y hemos cerrado todas las sesiones y revocado las API keys. La transferencia a {address} (hash {txHash}) se hizo tras un inicio de sesión desde {ip}. Cambia también la contraseña de tu correo {email}, activa el 2FA allí y respóndenos cuando lo hayas hecho para seguir con la investigación.',
        },
        {
          subjects: ['URGENTE: me han hackeado la cuenta', 'Inicio de sesión desde {ip} que no fui yo'],
          opening: 'Me acaba de llegar un correo de un inicio de sesión desde la IP {ip} y de una API key nueva. No fui yo. Ya cambié la contraseña pero no puedo borrar la dirección de retiro que añadieron. Correo {email}. ¡Bloqueen los retiros ya!',
        },
      ],
    },
    locked_account: {
      standardReply: 'Gracias por contactarnos. Tu cuenta se bloqueó automáticamente para protegerla tras detectar actividad inusual. Para desbloquearla necesitamos confirmar tu identidad: responde desde tu correo registrado indicando la fecha de tu último inicio de sesión correcto y de tu último depósito. Lo revisaremos y te responderemos en este ticket ({ticketId}).',
      scenarios: [
        {
          subjects: ['Cuenta bloqueada por demasiados intentos'],
          opening: 'Se me bloqueó la cuenta después de poner mal la contraseña varias veces. Dice que lo intente más tarde pero ya ha pasado un día. Cuenta {userId}, correo {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['¿Por qué está desactivada mi cuenta?', 'Cuenta congelada, no puedo retirar'],
          opening: 'Hoy entré y me dice "cuenta desactivada por motivos de seguridad". No me ha llegado ningún correo explicando nada y tengo fondos dentro. Desbloquéenla por favor.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Gracias por avisarnos. Ese mensaje no es nuestro. Nunca te pediremos tu contraseña, tus códigos 2FA ni tu frase semilla, y nuestro equipo nunca te escribirá primero por Telegram o WhatsApp. No abras el enlace ni respondas al remitente. Si introdujiste algún dato, cambia la contraseña de inmediato y restablece el 2FA. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['¿Este correo es vuestro? Me pide verificar la billetera'],
          opening: 'Me llegó un correo diciendo que suspenderán mi cuenta si no verifico mi billetera en {phishingUrl}. Tiene vuestro logo. ¿Es real? Todavía no he pulsado nada.',
        },
        {
          subjects: ['Creo que puse mi contraseña en una web falsa'],
          opening: 'Pulsé un enlace de un SMS e inicié sesión en {phishingUrl}. Ahora veo que la dirección no era la vuestra. Mi correo es {email}. ¿Está segura mi cuenta?',
          resolution: 'Hemos denunciado {phishingUrl} para que la den de baja. Como introdujiste tus credenciales allí, hemos cerrado todas las sesiones de la cuenta {userId} y pausado los retiros durante 24 horas. Cambia tu contraseña ahora y vuelve a activar el 2FA.',
        },
        {
          subjects: ['Un falso soporte me escribió por Telegram'],
          opening: 'Alguien en Telegram que decía ser vuestro soporte me pidió el código 2FA para "arreglar" mi retiro. Le di un código antes de darme cuenta. Cuenta {userId}. ¿¿Qué hago??',
        },
      ],
    },
    fees: {
      standardReply: 'Gracias por tu consulta. Las comisiones de retiro son un importe fijo por red y cubren el coste de la transacción en la blockchain, por eso cambian con la congestión; la comisión vigente siempre se muestra antes de confirmar. Las comisiones de trading dependen de tu volumen de 30 días y de si tu orden aporta liquidez (maker) o la retira (taker). Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['¿Por qué me cobraron una comisión de retiro tan alta?', 'Las comisiones en {network} son un abuso'],
          opening: 'Retiré {amount} {coin} por {network} y la comisión fue mucho más alta de lo que pone en la página de comisiones. ¿Por qué? Cuenta {userId}.',
          resolution: 'He revisado el retiro de {amount} {coin} por {network} de la cuenta {userId}: la comisión aplicada coincide con la tarifa de red de ese momento, que estaba subida por la congestión. Para USDT, TRC20 o BEP20 suelen ser mucho más baratas que ERC20.',
        },
        {
          subjects: ['Duda sobre las comisiones de trading'],
          opening: 'Hola, opero con órdenes límite (maker) pero me están cobrando la comisión taker. ¿Me podéis explicar cómo se calculan? Tengo el token de la plataforma, ¿no debería tener descuento?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Gracias por escribirnos. Comprueba que la key tiene activados los permisos necesarios, que el timestamp de la petición está dentro del margen permitido respecto a la hora de nuestro servidor y que la petición sale de una de las IP de la lista blanca. Por seguridad, las keys sin lista blanca de IP solo tienen acceso de lectura. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['La API key dejó de funcionar tras la lista blanca de IP'],
          opening: 'Mi bot da "Invalid API-key, IP, or permissions for action" desde esta mañana. La key empieza por {apiKey}. No he cambiado nada. La IP del servidor es {ip}. Cuenta {userId}.',
          resolution: 'La key {apiKey}… de la cuenta {userId} está restringida a IP de la lista blanca y las peticiones que vemos en los registros vienen de {ip}, que no está en la lista. Añádela en Gestión de API → Editar restricciones y en un minuto debería funcionar.',
        },
        {
          subjects: ["La API key devuelve 'Invalid signature'"],
          opening: 'Creé una API key pero todas las peticiones firmadas fallan con "Signature for this request is not valid". Uso HMAC SHA256 con el secret y el timestamp en ms. En testnet funcionaba. ¿Alguna idea?',
        },
        {
          subjects: ['¿Cómo activo los retiros en mi API key?'],
          opening: 'Quiero que mi bot retire las ganancias automáticamente a mi cold wallet, pero la casilla "Habilitar retiros" de la API key aparece desactivada. Key {apiKey}, cuenta {userId}. ¿Cómo la activo?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Gracias por contactarnos. Las criptomonedas de esta orden siguen bloqueadas en custodia y ninguna de las partes puede moverlas mientras la apelación esté abierta. Sube tu comprobante de pago (extracto o recibo con la referencia, el importe y la hora) en el chat de la orden. Nuestro equipo P2P revisará ambas partes, normalmente en 24 horas. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['El vendedor P2P no libera las criptos — orden {orderId}', 'Pagué y el vendedor no responde'],
          opening: 'Compré {amount} {coin} en P2P, orden {orderId}. Pagué por transferencia hace 2 horas y mandé el comprobante por el chat. El vendedor no contesta y las criptos siguen en custodia. Ayuda por favor.',
          resolution: 'He revisado la orden {orderId}. El comprobante de pago está verificado, así que los {amount} {coin} en custodia se han liberado en tu cuenta {userId}. El acceso P2P de la otra parte queda suspendido mientras investigamos.',
        },
        {
          subjects: ['El comprador marcó como pagado pero no recibí el dinero'],
          opening: 'Un comprador marcó la orden {orderId} como pagada pero a mi cuenta bancaria no ha llegado nada. Ahora me amenaza con denunciarme. No voy a liberar los {coin} hasta ver el pago. Cuenta {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Gracias por tu mensaje y siento el estrés de estas últimas horas. Durante la volatilidad del mercado tuvimos un tráfico muy alto que provocó retrasos a algunos usuarios. Nuestro equipo está revisando todas las órdenes y cuentas afectadas; si tu cuenta se vio afectada por la incidencia, te contactaremos en este ticket ({ticketId}). Los fondos en la plataforma siguen seguros.',
      scenarios: [
        {
          subjects: ['Me liquidaron durante el crash y la app no funcionaba', 'No pude entrar durante la caída de {coin}'],
          opening: 'Durante el desplome de anoche no pude entrar durante 40 minutos y me liquidaron la posición. Perdí {amount} {coin}. Es culpa vuestra, la app estaba caída. Quiero una compensación. Cuenta {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['El stop-loss no se ejecutó'],
          opening: 'Mi stop loss de {coin} no saltó, el precio bajó muchísimo por debajo y la orden sigue abierta. ¿¿Qué ha pasado?? Quiero una explicación.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Gracias por tu solicitud. Puedes exportar tu historial completo en Órdenes → Exportar, con un máximo de 12 meses por archivo; para un año fiscal completo genera una exportación por periodo y, si hace falta, las combinamos nosotros. Ten en cuenta que no podemos ofrecer asesoramiento fiscal. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Necesito el historial de operaciones para la declaración de {year}', '¿Cómo exporto todas mis operaciones de {year}?'],
          opening: 'Hola, mi gestor necesita un extracto completo de todas mis operaciones, depósitos y retiros de {year}. La exportación de la app solo me deja 3 meses cada vez. Cuenta {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['El informe fiscal no incluye las operaciones P2P'],
          opening: 'El informe fiscal de {year} que descargué no incluye las recompensas de staking ni las operaciones P2P. ¿Podéis generarme uno completo? Correo {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Lamentamos que te vayas. Antes de cerrarla, retira el saldo restante, cancela las órdenes abiertas y elimina las API keys. Después ve a Cuenta → Seguridad → Cerrar cuenta. Ten en cuenta que la ley nos obliga a conservar algunos registros durante varios años incluso después del cierre. Referencia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Quiero cerrar mi cuenta', '¿Cómo cierro la cuenta y retiro todo?'],
          opening: 'Quiero cerrar definitivamente mi cuenta {userId}. Todavía tengo {amount} {coin} que quiero retirar antes a {address}. ¿Qué tengo que hacer?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Eliminar mi cuenta y mis datos personales'],
          opening: 'Por favor, eliminad mi cuenta y todos mis datos personales (RGPD). Correo {email}. Ya no uso la plataforma.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
