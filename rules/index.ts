/**
 * The rule registry. Every rule file in this folder must be listed here
 * (tests/unit/rules-meta.test.ts fails otherwise); order is the order checks run.
 */
import type { Rule } from '../utils/engine/types';
import niNumber from './ni-number';
import phoneNumber from './phone-number';
import emailAddress from './email-address';
import nhsNumber from './nhs-number';
import dateOfBirth from './date-of-birth';
import vehicleRegistration from './vehicle-registration';
import homeAddress from './home-address';
import namedResident from './named-resident';
import specialCategoryData from './special-category-data';
import dmSensitiveDetails from './dm-sensitive-details';
import caseReference from './case-reference';
import exemptBusiness from './exempt-business';
import inConfidence from './in-confidence';
import derogatoryTerm from './derogatory-term';
import groupGeneralisation from './group-generalisation';
import personalAttack from './personal-attack';
import unfoundedAllegation from './unfounded-allegation';
import threat from './threat';
import watchTerm from './watch-term';
import political from './political';
import imprint from './imprint';
import predetermination from './predetermination';
import meeting from './meeting';
import restrictedItem from './restricted-item';
import modelDiscrimination from './model-discrimination';
import modelRespect from './model-respect';
import modelPredetermination from './model-predetermination';
import modelConfidential from './model-confidential';
import modelSpecialCategory from './model-special-category';

export const RULES: readonly Rule[] = [niNumber, phoneNumber, emailAddress, nhsNumber, dateOfBirth, vehicleRegistration, homeAddress, namedResident, specialCategoryData, dmSensitiveDetails, caseReference, exemptBusiness, inConfidence, derogatoryTerm, groupGeneralisation, personalAttack, unfoundedAllegation, threat, watchTerm, political, imprint, predetermination, meeting, restrictedItem, modelDiscrimination, modelRespect, modelPredetermination, modelConfidential, modelSpecialCategory];
