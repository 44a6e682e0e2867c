/**
 * Real Vietnamese cities and provinces with their districts (wards, for provincial cities), landline
 * area codes, the province codes of citizen ids and licence plates, and a centre used for visit
 * coordinates. Region decides which field team covers a customer.
 */

export type Region = 'NORTH' | 'SOUTH';

export interface Place {
  city: string;
  state: string;
  districts: readonly string[];
  latitude: number;
  longitude: number;
  /** Landline area code, with its leading 0. */
  areaCode: string;
  /** First three digits of a citizen id (CCCD) issued here. */
  idCode: string;
  plateCodes: readonly string[];
  region: Region;
}

/** Each place with its weight: how often customers live there. */
export const PLACE_TABLE: readonly (readonly [Place, number])[] = [
  [
    {
      city: 'Ha Noi',
      state: 'Ha Noi',
      districts: [
        'Ba Dinh',
        'Hoan Kiem',
        'Dong Da',
        'Hai Ba Trung',
        'Cau Giay',
        'Thanh Xuan',
        'Tay Ho',
        'Long Bien',
        'Hoang Mai',
        'Ha Dong',
        'Nam Tu Liem',
        'Bac Tu Liem',
      ],
      latitude: 21.0285,
      longitude: 105.8542,
      areaCode: '024',
      idCode: '001',
      plateCodes: ['29', '30', '31', '33', '40'],
      region: 'NORTH',
    },
    25,
  ],
  [
    {
      city: 'Ho Chi Minh',
      state: 'Ho Chi Minh',
      districts: [
        'Quan 1',
        'Quan 3',
        'Quan 5',
        'Quan 7',
        'Quan 10',
        'Binh Thanh',
        'Phu Nhuan',
        'Tan Binh',
        'Go Vap',
        'Thu Duc',
        'Binh Tan',
        'Tan Phu',
      ],
      latitude: 10.7769,
      longitude: 106.7009,
      areaCode: '028',
      idCode: '079',
      plateCodes: ['50', '51', '59'],
      region: 'SOUTH',
    },
    30,
  ],
  [
    {
      city: 'Da Nang',
      state: 'Da Nang',
      districts: ['Hai Chau', 'Thanh Khe', 'Son Tra', 'Ngu Hanh Son', 'Lien Chieu', 'Cam Le'],
      latitude: 16.0544,
      longitude: 108.2022,
      areaCode: '0236',
      idCode: '048',
      plateCodes: ['43'],
      region: 'NORTH',
    },
    6,
  ],
  [
    {
      city: 'Hai Phong',
      state: 'Hai Phong',
      districts: ['Hong Bang', 'Le Chan', 'Ngo Quyen', 'Kien An', 'Hai An', 'Duong Kinh'],
      latitude: 20.8449,
      longitude: 106.6881,
      areaCode: '0225',
      idCode: '031',
      plateCodes: ['15', '16'],
      region: 'NORTH',
    },
    5,
  ],
  [
    {
      city: 'Can Tho',
      state: 'Can Tho',
      districts: ['Ninh Kieu', 'Binh Thuy', 'Cai Rang', 'O Mon', 'Thot Not'],
      latitude: 10.0452,
      longitude: 105.7469,
      areaCode: '0292',
      idCode: '092',
      plateCodes: ['65'],
      region: 'SOUTH',
    },
    4,
  ],
  [
    {
      city: 'Bien Hoa',
      state: 'Dong Nai',
      districts: ['Tan Phong', 'Trang Dai', 'Long Binh', 'Tam Hiep', 'Quyet Thang', 'Hoa Binh'],
      latitude: 10.9574,
      longitude: 106.8426,
      areaCode: '0251',
      idCode: '075',
      plateCodes: ['60'],
      region: 'SOUTH',
    },
    4,
  ],
  [
    {
      city: 'Thu Dau Mot',
      state: 'Binh Duong',
      districts: ['Phu Cuong', 'Hiep Thanh', 'Phu Hoa', 'Chanh Nghia', 'Phu Loi'],
      latitude: 10.9804,
      longitude: 106.6519,
      areaCode: '0274',
      idCode: '074',
      plateCodes: ['61'],
      region: 'SOUTH',
    },
    4,
  ],
  [
    {
      city: 'Nha Trang',
      state: 'Khanh Hoa',
      districts: ['Loc Tho', 'Vinh Hai', 'Phuoc Long', 'Vinh Nguyen', 'Tan Lap'],
      latitude: 12.2388,
      longitude: 109.1767,
      areaCode: '0258',
      idCode: '056',
      plateCodes: ['79'],
      region: 'SOUTH',
    },
    2,
  ],
  [
    {
      city: 'Hue',
      state: 'Thua Thien Hue',
      districts: ['Phu Hoi', 'Vinh Ninh', 'Thuan Hoa', 'Phu Nhuan', 'Kim Long'],
      latitude: 16.4637,
      longitude: 107.5909,
      areaCode: '0234',
      idCode: '046',
      plateCodes: ['75'],
      region: 'NORTH',
    },
    2,
  ],
  [
    {
      city: 'Vinh',
      state: 'Nghe An',
      districts: ['Hung Binh', 'Le Mao', 'Quang Trung', 'Ben Thuy', 'Truong Thi'],
      latitude: 18.6796,
      longitude: 105.6813,
      areaCode: '0238',
      idCode: '040',
      plateCodes: ['37'],
      region: 'NORTH',
    },
    2,
  ],
  [
    {
      city: 'Ha Long',
      state: 'Quang Ninh',
      districts: ['Bai Chay', 'Hong Gai', 'Hung Thang', 'Cao Xanh', 'Ha Khau'],
      latitude: 20.9599,
      longitude: 107.0425,
      areaCode: '0203',
      idCode: '022',
      plateCodes: ['14'],
      region: 'NORTH',
    },
    2,
  ],
  [
    {
      city: 'Bac Ninh',
      state: 'Bac Ninh',
      districts: ['Suoi Hoa', 'Vu Ninh', 'Kinh Bac', 'Dai Phuc', 'Ninh Xa'],
      latitude: 21.1861,
      longitude: 106.0763,
      areaCode: '0222',
      idCode: '027',
      plateCodes: ['99'],
      region: 'NORTH',
    },
    2,
  ],
  [
    {
      city: 'Vung Tau',
      state: 'Ba Ria - Vung Tau',
      districts: ['Thang Tam', 'Rach Dua', 'Thang Nhat', 'Nguyen An Ninh'],
      latitude: 10.346,
      longitude: 107.0843,
      areaCode: '0254',
      idCode: '077',
      plateCodes: ['72'],
      region: 'SOUTH',
    },
    2,
  ],
  [
    {
      city: 'Buon Ma Thuot',
      state: 'Dak Lak',
      districts: ['Tan Loi', 'Tan An', 'Thanh Cong', 'Tu An', 'Ea Tam'],
      latitude: 12.6667,
      longitude: 108.05,
      areaCode: '0262',
      idCode: '066',
      plateCodes: ['47'],
      region: 'SOUTH',
    },
    1.5,
  ],
  [
    {
      city: 'Long Xuyen',
      state: 'An Giang',
      districts: ['My Binh', 'My Long', 'Binh Khanh', 'My Xuyen'],
      latitude: 10.3864,
      longitude: 105.4352,
      areaCode: '0296',
      idCode: '089',
      plateCodes: ['67'],
      region: 'SOUTH',
    },
    1.5,
  ],
  [
    {
      city: 'Thai Nguyen',
      state: 'Thai Nguyen',
      districts: ['Hoang Van Thu', 'Quang Trung', 'Phan Dinh Phung', 'Tuc Duyen'],
      latitude: 21.5942,
      longitude: 105.8482,
      areaCode: '0208',
      idCode: '019',
      plateCodes: ['20'],
      region: 'NORTH',
    },
    1.5,
  ],
  [
    {
      city: 'Quy Nhon',
      state: 'Binh Dinh',
      districts: ['Tran Phu', 'Ly Thuong Kiet', 'Nguyen Van Cu', 'Ghenh Rang'],
      latitude: 13.782,
      longitude: 109.2096,
      areaCode: '0256',
      idCode: '052',
      plateCodes: ['77'],
      region: 'SOUTH',
    },
    1,
  ],
];
