/**
 * French wording of the limit issues found by core/whatsapp's checkers, by issue code. Those
 * checkers write English only and keep codes stable for translation; English findings use their
 * own message as written, so no English copy is kept here. An unknown code falls back to English.
 */
import type { LimitIssue } from '../../whatsapp/limits';
import type { Language } from '../finding';
import { formatMessage } from '../format';

const FR: Readonly<Record<string, string>> = {
  'name-invalid': 'un nom de modèle ne contient que des minuscules, des chiffres et des tirets bas.',
  'name-too-long': 'un nom de modèle a au plus {max} caractères (celui-ci en a {length}).',
  'header-text-missing': 'un en-tête TEXT doit contenir du texte.',
  'header-too-long': "l'en-tête a {length} caractères ; Meta en autorise au plus {max}.",
  'header-too-many-variables': "un en-tête texte accepte au plus {max} variable (celui-ci en a {count}).",
  'body-missing': 'tout modèle a besoin d’un corps de texte.',
  'body-too-long': 'le corps a {length} caractères ; Meta en autorise au plus {max}.',
  'footer-too-long': 'le pied de page a {length} caractères ; Meta en autorise au plus {max}.',
  'footer-has-variables': 'un pied de page ne peut pas contenir de variable.',
  'placeholder-invalid': '{token} n’est pas une variable acceptée par Meta : utilisez {{1}}, {{2}}… ou un nom en minuscules comme {{first_name}}.',
  'placeholders-mixed': 'un modèle utilise soit des variables numérotées ({{1}}), soit des variables nommées ({{first_name}}), pas les deux.',
  'placeholders-not-sequential': 'les variables numérotées doivent se suivre depuis {{1}} sans trou : il manque {missing}.',
  'body-starts-with-placeholder': 'le corps ne peut pas commencer par une variable ({token}).',
  'body-ends-with-placeholder': 'le corps ne peut pas finir par une variable ({token}).',
  'placeholders-adjacent': '{first} et {second} doivent être séparées par du texte.',
  'buttons-too-many': 'au plus {max} boutons (celui-ci en a {count}).',
  'quick-replies-too-many': 'au plus {max} boutons de réponse rapide (celui-ci en a {count}).',
  'url-buttons-too-many': 'au plus {max} boutons URL (celui-ci en a {count}).',
  'phone-buttons-too-many': 'au plus {max} bouton de numéro de téléphone (celui-ci en a {count}).',
  'copy-code-buttons-too-many': 'au plus {max} bouton de copie de code (celui-ci en a {count}).',
  'buttons-interleaved': 'les boutons de réponse rapide doivent être groupés, pas intercalés entre les boutons d’action.',
  'button-text-missing': 'chaque bouton a besoin d’un libellé.',
  'button-text-too-long': 'un libellé de bouton a {length} caractères ; Meta en autorise au plus {max}.',
  'button-phone-missing': 'un bouton téléphone a besoin d’un numéro.',
  'button-url-missing': 'un bouton URL a besoin d’une adresse.',
  'button-url-too-long': "l'adresse a {length} caractères ; Meta en autorise au plus {max}.",
  'button-url-too-many-variables': 'une adresse accepte au plus une variable (celle-ci en a {count}).',
  'button-url-variable-not-at-end': "la variable d'une adresse doit être tout à la fin ({token}).",
  'otp-button-not-authentication': 'les boutons de code à usage unique n’existent que dans les modèles AUTHENTICATION.',
  'authentication-header': "les modèles d'authentification n'ont pas d'en-tête.",
  'authentication-button-type': "les modèles d'authentification n'acceptent qu'un bouton de code à usage unique.",
  'authentication-otp-button': "un modèle d'authentification a exactement un bouton de code à usage unique (celui-ci en a {count}).",
  'text-missing': 'le message doit contenir du texte.',
  'buttons-missing': 'un message à boutons a besoin d’au moins un bouton.',
  'media-url-missing': 'un message média a besoin de l’adresse du média.',
  'text-too-long': 'le texte a {length} caractères ; Meta en autorise au plus {max}.',
  'caption-not-allowed': 'les messages audio n’ont pas de légende.',
  'caption-too-long': 'la légende a {length} caractères ; Meta en autorise au plus {max}.',
  'button-title-missing': 'chaque bouton a besoin d’un titre.',
  'button-title-too-long': 'un titre de bouton a {length} caractères ; Meta en autorise au plus {max}.',
  'button-id-missing': 'chaque bouton a besoin d’un identifiant.',
  'button-id-too-long': 'un identifiant de bouton a {length} caractères ; Meta en autorise au plus {max}.',
  'button-id-duplicate': 'deux boutons ont le même identifiant « {id} ».',
  'button-title-duplicate': 'deux boutons ont le même titre « {title} ».',
};

/** The issue in the requested language. */
export function limitDetail(issue: LimitIssue, language: Language): string {
  if (language === 'fr' && Object.hasOwn(FR, issue.code)) return formatMessage(FR[issue.code]!, issue.params, 'fr');
  return issue.message;
}
