import { bench, describe } from 'vitest';
import { classifyParcels } from './classify-parcel.ts';
import type { ParcelFacts } from './parcel-facts.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

/** 10 000 parcels in use with every 低效 input, half of them in an industry with an override. */
function createFacts(): ParcelFacts[] {
  return Array.from({ length: 10_000 }, (_, i) => ({
    parcelId: `p${i}`, siteAreaSquareMeters: 10_000 + i,
    values: {
      park: '长葛市产业集聚区', industry: i % 2 ? '装备制造' : '', supplyDate: '2015-03-01', agreedStartDate: '2015-09-01', actualStartDate: '2015-10-01',
      completionDate: '2017-01-01', floorAreaSquareMeters: 5000 + (i % 5000), buildingFootprintSquareMeters: 4000, productionStatus: 'normal',
      'economics.2022.tax': 100, 'economics.2023.tax': i % 300, 'economics.2023.revenue': 5000,
    },
  }));
}

describe('classifyParcels', () => {
  const facts = createFacts();
  bench('10 000 parcels, Xuchang default rules', () => {
    classifyParcels(facts, XUCHANG_DEFAULT_RULE_SET, '2024-05-01');
  });
});
